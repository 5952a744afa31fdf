"""Build the seven zi- blind test files (set heldout581).

Run with: /work/main/.venv/bin/python zi_make.py
Writes only files whose names start with "zi-" into the folder this script is in.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "0070C0",
    "Complete": "0070C0",
}
HEAD_FILL = "1F3864"
THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def D(y, m, d):
    return dt.datetime(y, m, d)


def path(name):
    assert name.startswith("zi-")
    return os.path.join(HERE, name)


def xl_fill(cell, colour):
    cell.fill = PatternFill("solid", start_color=colour, end_color=colour)


def xl_header(ws, row, headers, widths=None):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        xl_fill(c, HEAD_FILL)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    if widths:
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Norwich City Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
NORWICH_FILE = "zi-norwich-city-council-internal-audit-recommendations-tracker.xlsx"
NORWICH_TITLE = ("Audit committee – outstanding high and medium priority internal "
                 "audit recommendations")
NORWICH = [
    ("Housing Rents and Arrears 2024/25 (Limited assurance)", [
        dict(ref="HRA-01", pri="High",
             rec="Arrears recovery action should be taken in line with the Income "
                 "Management Policy and documented on the rent account.",
             action="Introduce a monthly exception report of cases above £1,000 arrears "
                    "with no recovery action recorded, reviewed by the Income Team Leader.",
             lead="Income Manager (Housing)", orig=D(2025, 4, 30), rev=D(2025, 11, 30),
             rag="A",
             upd="Report built in the housing system; user testing with ICT under way, "
                 "first monthly run planned for November."),
        dict(ref="HRA-02", pri="Medium",
             rec="Former tenant arrears should be reviewed regularly and written off in "
                 "accordance with the Financial Regulations.",
             action="Complete a review of former tenant arrears over two years old and "
                    "present a write-off schedule for approval.",
             lead="Income Manager (Housing) / Strategic Finance Business Partner",
             orig=D(2025, 6, 30), rev=None, rag="B",
             upd="Write-offs approved by the S151 officer on 22/09/2025. Evidence "
                 "provided to Internal Audit and verified."),
    ]),
    ("Procurement and Contract Management 2024/25 (Reasonable assurance)", [
        dict(ref="PCM-01", pri="High",
             rec="The contracts register should be complete and published in line with "
                 "the Local Government Transparency Code.",
             action="Reconcile the contracts register to creditor payments over £5,000 "
                    "and publish the updated register quarterly on the council's website.",
             lead="Procurement Manager", orig=D(2025, 3, 31), rev=D(2025, 12, 31),
             rag="A",
             upd="Reconciliation 80% complete. Procurement Act 2023 notices have taken "
                 "priority; revised date agreed by CLT."),
        dict(ref="PCM-02", pri="Medium",
             rec="Waivers of contract procedure rules should be approved by the "
                 "appropriate officer before the contract is let.",
             action="Update the waiver form to require sign-off by the Head of Legal and "
                    "Procurement before award, and report all waivers to CLT quarterly.",
             lead="Head of Legal and Procurement", orig=D(2025, 7, 31), rev=None,
             rag="R",
             upd="Form updated in July. Quarterly reporting to CLT has not yet started."),
        dict(ref="PCM-03", pri="Medium",
             rec="Contract managers should receive training appropriate to the value "
                 "and risk of the contracts they manage.",
             action="Roll out contract management e-learning to all named contract "
                    "managers and record completion on the learning system.",
             lead="Procurement Manager; HR Business Partner", orig=D(2026, 1, 31),
             rev=None, rag="G", upd="62% of named contract managers have completed."),
    ]),
    ("Cyber Security – Patch Management 2025/26 (Limited assurance)", [
        dict(ref="CYB-01", pri="High",
             rec="All servers should be supported and patched within the timescales "
                 "set in the Patch Management Policy.",
             action="Decommission the three unsupported Windows Server 2012 servers and "
                    "migrate the remaining services to the cloud platform.",
             lead="Head of ICT and Digital", orig=D(2025, 12, 31), rev=None, rag="G",
             upd="Two of three servers decommissioned. Final migration scheduled."),
        dict(ref="CYB-02", pri="High",
             rec="Patch compliance should be monitored and reported to senior "
                 "management.",
             action="Produce a monthly patch compliance report for the Information "
                    "Governance Board showing compliance against the 14-day target for "
                    "critical patches.",
             lead="ICT Infrastructure Manager", orig=D(2025, 9, 30), rev=D(2026, 1, 31),
             rag="A",
             upd="Reporting tool procured; first report to the January Board."),
    ]),
    ("Council Tax Reduction 2023/24 (Reasonable assurance)", [
        dict(ref="CTR-01", pri="Medium",
             rec="Changes in circumstances should be processed within target "
                 "timescales.",
             action="Implement automated processing of Universal Credit data share "
                    "files for council tax reduction claims.",
             lead="Revenues and Benefits Manager", orig=D(2024, 10, 31),
             rev=D(2026, 6, 30), rag="A",
             upd="Supplier module delayed to the 2026 release; interim manual checks "
                 "in place."),
    ]),
]


def build_norwich():
    wb = openpyxl.Workbook()
    ws0 = wb.active
    ws0.title = "Summary"
    ws0["A1"] = "Norwich City Council – Internal audit recommendations: summary"
    ws0["A1"].font = Font(bold=True, size=13)
    ws0["A2"] = "Position at 31 October 2025"
    xl_header(ws0, 4, ["Priority", "Reported at last committee", "New",
                       "Implemented", "Outstanding"], [22, 26, 10, 14, 14])
    rows = [("High", 6, 2, 3, 5), ("Medium", 4, 1, 3, 2), ("Total", 10, 3, 6, 7)]
    for i, r in enumerate(rows, start=5):
        for j, v in enumerate(r, start=1):
            c = ws0.cell(row=i, column=j, value=v)
            c.border = BORDER
            if r[0] == "Total":
                c.font = Font(bold=True)
    ws0["A9"] = ("Note: low priority recommendations are followed up by service "
                 "managers and are not reported to audit committee.")

    ws = wb.create_sheet("Outstanding recommendations")
    ws["A1"] = "Norwich City Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = NORWICH_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position at 31 October 2025"
    headers = ["Ref", "Priority", "Recommendation", "Agreed action",
               "Responsible officer", "Original date", "Revised date", "RAG",
               "Management update (October 2025)"]
    xl_header(ws, 5, headers, [9, 9, 42, 48, 28, 12, 12, 6, 44])
    r = 6
    for audit, recs in NORWICH:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=audit)
        c.font = Font(bold=True)
        xl_fill(c, "D9E1F2")
        r += 1
        for x in recs:
            vals = [x["ref"], x["pri"], x["rec"], x["action"], x["lead"], x["orig"],
                    x["rev"], x["rag"], x["upd"]]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if j in (6, 7) and v is not None:
                    c.number_format = "dd/mm/yyyy"
            rag = ws.cell(row=r, column=8)
            xl_fill(rag, FILL[x["rag"]])
            rag.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Recommendations reported: 8    Implemented since last committee: 1"
                  "    Outstanding: 7").font = Font(italic=True)
    ws.freeze_panes = "A6"

    wk = wb.create_sheet("Key")
    wk["A1"] = "Priority"
    wk["A1"].font = Font(bold=True)
    wk["A2"] = "High"
    wk["B2"] = "Fundamental weakness in control; action required as a matter of urgency."
    wk["A3"] = "Medium"
    wk["B3"] = "Significant weakness; action required within an agreed timescale."
    wk["A5"] = "RAG"
    wk["A5"].font = Font(bold=True)
    key = [("B", "Implemented and verified by Internal Audit"),
           ("G", "On track to be implemented by the agreed date"),
           ("A", "Original date missed; revised date agreed"),
           ("R", "Overdue; no revised date agreed")]
    for i, (k, t) in enumerate(key, start=6):
        c = wk.cell(row=i, column=1, value=k)
        xl_fill(c, FILL[k])
        wk.cell(row=i, column=2, value=t)
    wk.column_dimensions["B"].width = 70
    wb.active = 1
    wb.save(path(NORWICH_FILE))


# ---------------------------------------------------------------------------
# 2. Southampton City Council - corporate risk register Q3 (xlsx)
# ---------------------------------------------------------------------------
SOTON_FILE = "zi-southampton-city-council-corporate-risk-register-q3-2025-26.xlsx"
SOTON_TITLE = "Corporate Risk Register – Quarter 3 2025/26"
SOTON = [
    dict(risk="SCC01 Financial sustainability",
         desc="Cause: rising demand in social care and temporary accommodation, and "
              "reliance on Exceptional Financial Support.\nEvent: the council is unable "
              "to set or deliver a balanced budget.\nConsequence: S114 notice, loss of "
              "local control, service reductions.",
         owner="Executive Director Corporate Services", prev=20, cur=20, target=12,
         acts=[
             dict(action="Deliver the 2026/27 budget savings programme of £24.6m, with "
                         "monthly tracking through the Transformation Board.",
                  lead="Director of Finance (S151 Officer)", due=D(2026, 3, 31),
                  rag="A",
                  upd="£3.1m of savings currently rated red; mitigations being worked "
                      "up for the February budget."),
             dict(action="Submit the request for Exceptional Financial Support for "
                         "2026/27 to MHCLG.",
                  lead="Director of Finance (S151 Officer)", due=D(2026, 2, 28),
                  rag="G", upd="Draft submission shared with MHCLG officials."),
             dict(action="Refresh the Medium Term Financial Strategy and the reserves "
                         "policy.",
                  lead="Head of Financial Planning", due="Ongoing", rag="G",
                  upd="Reviewed quarterly with Cabinet."),
         ]),
    dict(risk="SCC02 Children's social care demand and placement costs",
         desc="Cause: increase in children in care with complex needs and lack of local "
              "placements.\nEvent: reliance on high-cost external residential "
              "placements.\nConsequence: budget overspend and poorer outcomes for "
              "children placed out of area.",
         owner="Executive Director Children and Learning", prev=16, cur=16, target=9,
         acts=[
             dict(action="Open two in-house children's homes as set out in the "
                         "Sufficiency Strategy.",
                  lead="Director of Children's Social Care", due=D(2026, 9, 30),
                  rag="A",
                  upd="First home registered with Ofsted; planning consent for the "
                      "second home delayed."),
             dict(action="Recruit 25 additional in-house foster carers through the "
                         "fostering recruitment campaign.",
                  lead="Head of Service (Fostering and Adoption)", due=D(2026, 3, 31),
                  rag="G", upd="14 households approved so far this year."),
             dict(action="Review all placements costing over £6,000 a week through the "
                         "High Cost Placement Panel.",
                  lead="Head of Commissioning (Children's)", due=D(2025, 12, 31),
                  rag="B", upd="All 31 placements reviewed; panel now business as "
                               "usual."),
         ]),
    dict(risk="SCC03 Cyber attack or major ICT failure",
         desc="Cause: increasing threat from ransomware and legacy infrastructure.\n"
              "Event: loss of key systems or data.\nConsequence: inability to deliver "
              "critical services, data breach, regulatory action.",
         owner="Executive Director Corporate Services", prev=15, cur=15, target=10,
         acts=[
             dict(action="Complete the migration of line-of-business systems from the "
                         "on-site data centre to the cloud.",
                  lead="Head of IT", due=D(2026, 6, 30), rag="G",
                  upd="Revenues and benefits system migrated in October."),
             dict(action="Run a cyber incident exercise with the Corporate Management "
                         "Team.",
                  lead="Head of IT / Emergency Planning Manager", due=D(2025, 11, 30),
                  rag="R",
                  upd="Exercise postponed owing to diary pressures; new date not yet "
                      "agreed."),
         ]),
    dict(risk="SCC04 Landlord compliance in council homes",
         desc="Cause: incomplete stock condition data and backlog of remedial works.\n"
              "Event: failure to meet consumer standards and statutory duties.\n"
              "Consequence: harm to tenants, regulatory intervention, reputational "
              "damage.",
         owner="Executive Director Place", prev=16, cur=12, target=8,
         acts=[
             dict(action="Complete stock condition surveys for 100% of council homes.",
                  lead="Head of Housing Asset Management", due=D(2026, 3, 31), rag="A",
                  upd="71% surveyed; additional contractor capacity procured."),
             dict(action="Implement the damp and mould case management system in line "
                         "with Awaab's Law requirements.",
                  lead="Head of Housing Operations", due=D(2025, 10, 31), rag="B",
                  upd="Live from 27 October 2025."),
         ]),
]


def build_southampton():
    wb = openpyxl.Workbook()
    wd = wb.active
    wd.title = "Document control"
    wd["A1"] = "Southampton City Council – Corporate Risk Register"
    wd["A1"].font = Font(bold=True, size=13)
    info = [("Document", "Corporate Risk Register"), ("Version", "3.2"),
            ("Owner", "Head of Risk and Insurance"),
            ("Reported to", "Governance Committee, 26 January 2026"),
            ("Next review", "Quarter 4 2025/26")]
    for i, (k, v) in enumerate(info, start=3):
        wd.cell(row=i, column=1, value=k).font = Font(bold=True)
        wd.cell(row=i, column=2, value=v)
    wd["A10"] = "Version history"
    wd["A10"].font = Font(bold=True)
    xl_header(wd, 11, ["Version", "Date", "Change"], [18, 14, 60])
    hist = [("3.0", D(2025, 7, 14), "Q1 refresh following CMT risk workshop"),
            ("3.1", D(2025, 10, 13), "Q2 update; SCC04 score reduced"),
            ("3.2", D(2026, 1, 12), "Q3 update")]
    for i, h in enumerate(hist, start=12):
        for j, v in enumerate(h, start=1):
            c = wd.cell(row=i, column=j, value=v)
            if j == 2:
                c.number_format = "dd/mm/yyyy"

    ws = wb.create_sheet("CRR Q3 2025-26")
    ws["A1"] = "Southampton City Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = SOTON_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Action status key:"
    for col, (colour, label) in zip("BCDE", [("G", "On track"), ("A", "Some slippage"),
                                            ("R", "Off track"), ("B", "Complete")]):
        c = ws[f"{col}3"]
        c.value = label
        xl_fill(c, FILL[colour])
    headers = ["Risk", "Description (cause, event, consequence)", "Risk owner",
               "Previous score (Q2)", "Current score (Q3)", "Target score",
               "Further actions", "Action owner", "Due", "Status", "Q3 commentary"]
    xl_header(ws, 5, headers, [22, 46, 22, 10, 10, 9, 46, 26, 9, 8, 40])
    r = 6
    for risk in SOTON:
        n = len(risk["acts"])
        first = r
        for k, a in enumerate(risk["acts"]):
            ws.cell(row=r, column=7, value=a["action"])
            ws.cell(row=r, column=8, value=a["lead"])
            due = ws.cell(row=r, column=9, value=a["due"])
            if isinstance(a["due"], dt.datetime):
                due.number_format = "mmm-yy"
            st = ws.cell(row=r, column=10)  # status shown by fill colour only
            xl_fill(st, FILL[a["rag"]])
            ws.cell(row=r, column=11, value=a["upd"])
            for j in range(1, 12):
                ws.cell(row=r, column=j).alignment = WRAP
                ws.cell(row=r, column=j).border = BORDER
            r += 1
        vals = [risk["risk"], risk["desc"], risk["owner"], risk["prev"], risk["cur"],
                risk["target"]]
        for j, v in enumerate(vals, start=1):
            ws.cell(row=first, column=j, value=v)
            if n > 1:
                ws.merge_cells(start_row=first, start_column=j, end_row=r - 1,
                               end_column=j)
        ws.cell(row=first, column=1).font = Font(bold=True)
    ws.freeze_panes = "A6"

    wsum = wb.create_sheet("Risk summary")
    xl_header(wsum, 1, ["Risk", "Q2", "Q3", "Direction of travel"], [50, 8, 8, 20])
    for i, risk in enumerate(SOTON, start=2):
        d = "↔" if risk["prev"] == risk["cur"] else "↓"
        for j, v in enumerate([risk["risk"], risk["prev"], risk["cur"], d], start=1):
            wsum.cell(row=i, column=j, value=v)
    wb.active = 1
    wb.save(path(SOTON_FILE))


# ---------------------------------------------------------------------------
# 3. Arun DC - transformation programme highlight report (xlsx, refuse)
# ---------------------------------------------------------------------------
ARUN_FILE = ("zi-arun-dc-fit-for-the-future-transformation-highlight-report-"
             "typo-month-refuse.xlsx")
ARUN_TITLE = "Fit for the Future Transformation Programme – Highlight Report"
ARUN_TYPO_ROW = 14
ARUN = [
    ("1", "Customer Access",
     "Launch the new customer portal and online account (phase 1: council tax and "
     "waste services)", "Group Head of Technology and Digital", "Sep 2025", "Nov 2025",
     "Amber", "Go-live moved to allow further accessibility testing."),
    ("2", "",
     "Close the Bognor Regis Town Hall cash office and move payments to PayPoint",
     "Customer Services Manager", "Dec 2025", "Dec 2025", "Green",
     "Equality impact assessment complete; notices issued."),
    ("3", "Property and Assets",
     "Complete the operational asset review and report the disposals pipeline to "
     "Policy and Finance Committee", "Group Head of Property and Estates", "Jan 2026",
     "Febuary 2026", "Amber", "Valuations for six sites outstanding."),
    ("4", "",
     "Relocate depot administration staff to the Civic Centre, Littlehampton",
     "Facilities Manager", "Mar 2026", "Mar 2026", "Green", "Space plan agreed."),
    ("5", "Workforce",
     "Agree the new pay and grading structure with the recognised trade union",
     "Group Head of HR", "Oct 2025", "Jan 2026", "Red",
     "Ballot result awaited; implementation cannot start until agreed."),
    ("6", "",
     "Launch the manager development programme (cohort 1)",
     "Organisational Development Lead", "Sep 2025", "Sep 2025", "Complete",
     "Cohort 1 (22 managers) started 17 September."),
    ("7", "Digital Workplace",
     "Migrate all staff to Microsoft 365 and retire the on-premise email server",
     "ICT Infrastructure Manager", "Nov 2025", "Nov 2025", "Green",
     "Final 40 mailboxes migrate w/c 10 November."),
]


def build_arun():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws["A1"] = "Arun District Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ARUN_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reporting period:"
    ws["B3"] = "October 2025"
    ws["D3"] = "Programme SRO:"
    ws["E3"] = "Chief Executive"
    ws["A4"] = "Overall programme RAG:"
    ws["B4"] = "Amber"
    xl_fill(ws["B4"], FILL["Amber"])
    ws["D4"] = "Report to:"
    ws["E4"] = "Corporate Support Committee, 20 November 2025"
    for c in ("A3", "A4", "D3", "D4"):
        ws[c].font = Font(bold=True)
    ws["A6"] = "Summary of progress"
    ws["A6"].font = Font(bold=True)
    ws.merge_cells("A7:H8")
    ws["A7"] = ("The programme remains amber overall. Customer Access and Digital "
                "Workplace are progressing well; the pay and grading workstream is red "
                "pending the outcome of the trade union ballot. Savings of £0.9m of the "
                "£1.4m 2025/26 target are secured.")
    ws["A7"].alignment = WRAP
    ws["A10"] = "Key milestones"
    ws["A10"].font = Font(bold=True)
    xl_header(ws, 11, ["No.", "Workstream", "Milestone", "Lead", "Baseline date",
                       "Forecast date", "RAG", "Commentary"],
              [6, 18, 52, 30, 12, 13, 10, 44])
    r = 12
    assert len(ARUN) == 7
    for row in ARUN:
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=j, value=v if v != "" else None)
            c.alignment = WRAP
            c.border = BORDER
        xl_fill(ws.cell(row=r, column=7), FILL[row[6]])
        r += 1
    # the typo sits in the forecast date of milestone 3
    assert ws.cell(row=ARUN_TYPO_ROW, column=6).value == "Febuary 2026"
    r += 1
    ws.cell(row=r, column=1, value="Key risks and issues").font = Font(bold=True)
    r += 1
    xl_header(ws, r, ["No.", "Type", "Description", "Owner", "Score", None, None, "Mitigation"])
    risks = [("R1", "Risk", "Trade union ballot rejects pay offer", "Group Head of HR", 16,
              "Continued negotiation; contingency budget held."),
             ("I1", "Issue", "Vacancy in the programme management office",
              "Programme Manager", 9, "Interim resource from the Policy team.")]
    for x in risks:
        r += 1
        for j, v in zip((1, 2, 3, 4, 5, 8), x):
            ws.cell(row=r, column=j, value=v).alignment = WRAP
    r += 2
    ws.cell(row=r, column=1, value="Decisions required from the Board: none this period.")

    w2 = wb.create_sheet("Benefits tracker")
    xl_header(w2, 1, ["Workstream", "2025/26 target (£k)", "Secured (£k)", "At risk (£k)"],
              [22, 18, 14, 14])
    ben = [("Customer Access", 350, 280, 70), ("Property and Assets", 500, 210, 290),
           ("Workforce", 400, 300, 100), ("Digital Workplace", 150, 110, 40),
           ("Total", 1400, 900, 500)]
    for i, b in enumerate(ben, start=2):
        for j, v in enumerate(b, start=1):
            w2.cell(row=i, column=j, value=v)
    wb.save(path(ARUN_FILE))


# ---------------------------------------------------------------------------
# 4. City of York Council - Council Plan delivery plan (tab-separated txt)
# ---------------------------------------------------------------------------
YORK_FILE = "zi-city-of-york-council-plan-delivery-plan-2025-26-q2.txt"
YORK_TITLE = ("City of York Council – Council Plan 2023-2027 'One City, for all': "
              "Delivery Plan 2025/26, Quarter 2 progress")
YORK = [
    ("Priority a) Health and wellbeing: A health generating city, for children and "
     "adults", [
         ("A1", "Deliver the Healthy Child Service offer from the family hubs in:\n"
                "- Tang Hall\n- Clifton\n- Westfield",
          "Director of Public Health", "March 2026", "Green",
          "Tang Hall and Westfield hubs open; Clifton due January."),
         ("A2", "Launch the healthy weight programme with primary schools and "
                "leisure partners.",
          "Public Health Consultant (Healthy Places)", "Q4 2025/26", "Amber",
          "Delay in recruiting the programme coordinator."),
         ("A3", "Deliver the Adult Social Care improvement plan following the CQC "
                "assessment.",
          "Director of Adult Social Care and Integration / Head of Commissioning",
          "Sept 2025 – March 2026", "Amber",
          "Waiting list for Care Act assessments reduced by 18%."),
     ]),
    ("Priority b) Education and skills: High quality skills and learning for all", [
        ("B1", "Open the new SEND resource base at a York secondary school for 20 "
               "pupils.",
         "Director of Education and Skills", "September 2026", "Green",
         "Capital works tendered."),
        ("B2", "Introduce auto-enrolment for free school meals for all eligible "
               "families.",
         "Head of Customer and Exchequer Services", "July 2025", "Complete",
         "Live from the start of the autumn term; 412 additional children enrolled."),
    ]),
    ("Priority e) Housing: Increasing the supply of affordable housing", [
        ("E1", "Start on site at Duncombe Barracks with 100% affordable homes.",
         "Director of Housing and Communities", "Q3 2025/26", "Red",
         "Contractor procurement re-run; start on site now forecast for Q1 2026/27."),
        ("E2", "Support the examination of the Local Plan and respond to the "
               "Inspector's main modifications.",
         "Head of Strategic Planning Policy", "Ongoing", "Green",
         "Main modifications consultation closed in September."),
        ("E3", "Deliver 150 retrofit energy efficiency measures in council homes.",
         "Head of Housing Delivery and Asset Management", "31/03/2026", "Amber",
         "58 measures completed to date."),
    ]),
    ("Priority g) How the council operates", [
        ("G1", "Implement the new customer contact platform including webchat.",
         "Chief Digital Officer", "December 2025", "Green",
         "Webchat live for council tax; waste and housing to follow."),
        ("G2", "Publish the annual workforce equality report and action plan.",
         "Head of HR and OD", "October 2025", "Complete",
         "Published 14 October 2025."),
    ]),
]


def tsv_field(s):
    if "\n" in s or '"' in s or "\t" in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def build_york():
    lines = [YORK_TITLE,
             "Exported from the performance management system on 04/11/2025",
             "",
             "\t".join(["Ref", "Action", "Lead officer", "Delivery by", "Status",
                        "Q2 update"])]
    for heading, acts in YORK:
        lines.append(heading)
        for a in acts:
            lines.append("\t".join(tsv_field(x) for x in a))
        lines.append("")
    lines.append("Status key: Green – on track; Amber – at risk / some slippage; "
                 "Red – off track; Complete – action delivered")
    with open(path(YORK_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 5. West Sussex Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
WSX_FILE = "zi-west-sussex-health-and-wellbeing-board-action-log.csv"
WSX_TITLE = "West Sussex Health and Wellbeing Board – Action Log"
WSX = [
    ("Meeting of 17 April 2025", [
        ("HWB/25/01", "4.3",
         "Circulate the Better Care Fund 2025-26 plan to all Board members once it has "
         "been approved by NHS England.",
         "Director of Adults and Health", "May 2025", "B", "Circulated 22/05/2025."),
        ("HWB/25/02", "6.2",
         "Bring the outcome of the Pharmaceutical Needs Assessment consultation to the "
         "September meeting.",
         "Director of Public Health", "18/09/2025", "B",
         "Considered at the meeting on 18 September 2025."),
        ("HWB/25/03", "7.1",
         "Arrange a Board development session on the outcomes framework for the Joint "
         "Local Health and Wellbeing Strategy.",
         "Democratic Services / Director of Public Health", "July 2025", "B",
         "Session held 3 July 2025."),
    ]),
    ("Meeting of 10 July 2025", [
        ("HWB/25/04", "15.4",
         "Share children's oral health data by district and borough with Board "
         "members.",
         "Consultant in Public Health (Start Well)", "Next meeting", "B",
         "Circulated with the September papers."),
        ("HWB/25/05", "16.2",
         "Provide an update on integrated community teams, including the West Sussex "
         "neighbourhood health pilots.",
         "NHS Sussex", "18/09/2025", "A",
         "Deferred to the January 2026 meeting at the request of NHS Sussex."),
        ("HWB/25/06", "17.3",
         "Work with district and borough councils to align local health and wellbeing "
         "partnership plans with the strategy.",
         "Director of Public Health / District and Borough CEX lead", "30/09/2025", "R",
         "Mapping started; alignment workshop not yet held."),
    ]),
    ("Meeting of 18 September 2025", [
        ("HWB/25/07", "24.1",
         "Publish the final Pharmaceutical Needs Assessment 2025-2028 by 1 October "
         "2025.",
         "Director of Public Health", "01/10/2025", "B", "Published 30/09/2025."),
        ("HWB/25/08", "26.3",
         "Provide a breakdown of Better Care Fund hospital discharge spend by acute "
         "hospital site.",
         "Head of Integrated Commissioning", "January 2026", "G",
         "On track for the January meeting."),
        ("HWB/25/09", "27.2",
         "Report on winter vaccination uptake among health and social care staff.",
         "NHS Sussex / WSCC Public Health", "January 2026", "G",
         "Data request issued to providers."),
    ]),
]


def build_wsx():
    ncol = 7
    rows = [[WSX_TITLE] + [""] * (ncol - 1),
            ["Updated following the meeting on 18 September 2025"] + [""] * (ncol - 1),
            [""] * ncol,
            ["Action no.", "Minute", "Action", "Owner", "Due date", "RAG", "Update"]]
    for meeting, acts in WSX:
        rows.append([meeting] + [""] * (ncol - 1))
        for a in acts:
            rows.append(list(a))
    rows.append([""] * ncol)
    rows.append(["RAG key: B = complete (removed from the log once noted by the Board); "
                 "G = on track; A = at risk or deferred; R = overdue"] + [""] * (ncol - 1))
    with open(path(WSX_FILE), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def header_row(table, headers):
    for c, h in zip(table.rows[0].cells, headers):
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")


# ---------------------------------------------------------------------------
# 6. Devon County Council - Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
DEVON_FILE = "zi-devon-county-council-ofsted-focused-visit-action-plan.docx"
DEVON_TITLE = "Devon County Council: Ofsted Focused Visit Action Plan"
DEVON = [
    ("Area for improvement 1: The timeliness and quality of child in need and child "
     "protection plans, so that they are specific, measurable and understood by "
     "children and their families.", [
         ("1.1", "Relaunch the child's plan template with SMART outcomes and a "
                 "family-friendly summary, co-produced with parents.",
          "Head of Service (Locality Social Work)", "November 2025", "Green", "Blue",
          "New template live on the case management system from 3 November."),
         ("1.2", "Deliver plan-writing workshops for all social workers and team "
                 "managers in the locality teams.",
          "Practice Development Lead / Principal Social Worker", "31/01/2026", "Green",
          "Green", "9 of 14 workshops delivered; 182 staff attended."),
         ("1.3", "Audit a monthly sample of child in need and child protection plans "
                 "against the new practice standard.",
          "Head of Quality Assurance and Safeguarding", "Ongoing – monthly audit",
          "Green", "Green", "October audit: 64% of plans good or better (from 41%)."),
     ]),
    ("Area for improvement 2: The consistency of management oversight and "
     "supervision, including the recording of the rationale for key decisions.", [
         ("2.1", "Introduce a revised supervision policy and recording template, with "
                 "reflective supervision at least every four weeks.",
          "Principal Social Worker", "December 2025", "Amber", "Green",
          "Policy approved by the Children's Leadership Team on 11 November."),
         ("2.2", "Provide team managers with a weekly dashboard of overdue visits, "
                 "plans and supervisions.",
          "Head of Performance and Insight", "Q4 2025/26", "Amber", "Amber",
          "Prototype dashboard in testing; data quality issues with visits data."),
         ("2.3", "Run a management development programme for newly appointed team "
                 "managers.",
          "Workforce Development Manager", "March 2026", "Green", "Green",
          "Cohort of 12 managers started in October."),
     ]),
    ("Area for improvement 3: The response to children living in private fostering "
     "arrangements.", [
         ("3.1", "Refresh the private fostering awareness campaign with schools, GPs "
                 "and language schools.",
          "Service Manager (Private Fostering and Kinship)", "February 2026", "Red",
          "Amber", "Campaign materials agreed; launch with schools after half term."),
         ("3.2", "Review all current private fostering arrangements to ensure statutory "
                 "visits and assessments are up to date.",
          "Service Manager (Private Fostering and Kinship)", "31/12/2025", "Amber",
          "Green", "17 of 21 arrangements reviewed."),
     ]),
]


def build_devon():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_heading(DEVON_TITLE, level=0)
    d.add_paragraph("Children in need and children subject to a child protection plan – "
                    "focused visit of 9 and 10 September 2025")
    d.add_heading("Document control", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Owner", "Director of Children's Social Care"),
                 ("Approved by", "Children's Services Improvement Board"),
                 ("Date", "5 December 2025"),
                 ("Review", "Monthly at the Children's Services Improvement Board")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    d.add_paragraph("")
    d.add_paragraph(
        "Ofsted carried out a focused visit to Devon children's services on 9 and 10 "
        "September 2025, looking at arrangements for children in need and children "
        "subject to a child protection plan. The letter published on 14 October 2025 "
        "identified three areas for improvement. This plan sets out our response and "
        "is monitored monthly by the Children's Services Improvement Board.")
    d.add_heading("RAG key", level=2)
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for colour, label in [("Blue", "Complete"), ("Green", "On track"),
                          ("Amber", "At risk – some delay"), ("Red", "Off track or overdue")]:
        cells = k.add_row().cells
        set_cell(cells[0], colour, bold=True)
        shade(cells[0], FILL[colour])
        set_cell(cells[1], label)
    headers = ["Ref", "Action", "Lead", "By when", "Previous RAG", "Current RAG",
               "Progress (November 2025)"]
    for afi, acts in DEVON:
        d.add_paragraph("")
        t = d.add_table(rows=2, cols=len(headers))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        m = t.rows[0].cells[0].merge(t.rows[0].cells[-1])
        set_cell(m, afi, bold=True)
        shade(m, "FCE4D6")
        for c, h in zip(t.rows[1].cells, headers):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                set_cell(c, v)
            shade(cells[4], FILL[a[4]])
            shade(cells[5], FILL[a[5]])
    d.add_paragraph("")
    d.add_paragraph("Next update: Children's Services Improvement Board, January 2026.")
    d.save(path(DEVON_FILE))


# ---------------------------------------------------------------------------
# 7. Surrey Safeguarding Children Partnership - LCSPR Child N action plan (docx)
# ---------------------------------------------------------------------------
SURREY_FILE = ("zi-surrey-safeguarding-children-partnership-lcspr-child-n-"
               "action-plan.docx")
SURREY_TITLE = ("Local Child Safeguarding Practice Review – Child N: Multi-agency "
                "Action Plan")
SURREY = [
    ("Recommendation 1: Surrey Safeguarding Children Partnership should seek assurance "
     "that practitioners in all agencies recognise and respond to the cumulative "
     "impact of neglect, using the Graded Care Profile 2 (GCP2).", [
         ("1.1", "Refresh the multi-agency neglect strategy and toolkit to include the "
                 "learning from this review.",
          "SSCP Neglect Subgroup Chair", "March 2026",
          "Revised strategy approved by SSCP Executive.",
          "Draft strategy out for consultation until 12 December.", "Green"),
         ("1.2", "Increase the number of practitioners trained in GCP2:\n"
                 "• health visitors and school nurses\n"
                 "• early help practitioners\n"
                 "• children's social care staff",
          "Surrey County Council – Head of Practice Development\n"
          "Designated Nurse Safeguarding Children (ICB)",
          "By 31 January 2026",
          "Training data by agency; GCP2 use seen in multi-agency audit.",
          "312 practitioners trained since June; health visitor uptake lower than "
          "planned.", "Amber"),
         ("1.3", "Complete a multi-agency audit of neglect cases where a child under "
                 "five has been on a child protection plan for over 12 months.",
          "SSCP Quality Assurance Subgroup", "September 2026",
          "Audit report to Learning and Practice Review Group.",
          "Audit tool being finalised.", "Green"),
     ]),
    ("Recommendation 2: Partner agencies should ensure that information about fathers "
     "and significant males is sought, recorded and shared at key points, including "
     "pre-birth assessment.", [
         ("2.1", "Add a mandatory field for fathers and significant males to the "
                 "midwifery booking and health visiting records.",
          "Head of Safeguarding (Surrey and Sussex Healthcare NHS Trust)",
          "December 2025", "System change live; compliance report.",
          "Field added to maternity system on 1 October.", "Complete"),
         ("2.2", "Deliver a 7-minute briefing and practice webinar on working with "
                 "fathers.",
          "SSCP Business Manager / SSCP Training Manager", "November 2025",
          "Briefing published; webinar attendance.",
          "Briefing published. Webinar held 6 November with 240 attendees.", "Complete"),
     ]),
    ("Recommendation 3: The ICB and Surrey Police should review how information about "
     "health appointments that children were not brought to informs risk assessment "
     "for children under the age of two.", [
         ("3.1", "Revise the 'Was Not Brought' policy for primary care and community "
                 "health services so that repeated missed appointments trigger a "
                 "safeguarding discussion.",
          "Designated Doctor Safeguarding Children", "February 2026",
          "Revised policy published; GP practice audit.",
          "Policy drafted; GP safeguarding leads consulted.", "Green"),
         ("3.2", "Ensure police attending domestic incidents check with health whether "
                 "there is a child under two in the household.",
          "Surrey Police Public Protection lead", "March 2026",
          "Process embedded in the Domestic Abuse Hub.",
          "Not yet started; dependent on information sharing agreement.", "Red"),
     ]),
    ("Recommendation 4: The SSCP should evaluate the impact of the learning from this "
     "review after 12 months.", [
         ("4.1", "Hold a learning review event with frontline practitioners and report "
                 "the findings to the SSCP Executive.",
          "SSCP Learning and Practice Review Group", "October 2026",
          "Impact report to SSCP Executive.", "Scheduled for September 2026.",
          "Green"),
     ]),
]


def build_surrey():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    run = p.add_run("Surrey Safeguarding Children Partnership")
    run.bold = True
    run.font.size = Pt(12)
    d.add_heading(SURREY_TITLE, level=1)
    d.add_paragraph("Version 3 – updated for the Learning and Practice Review Group, "
                    "12 November 2025")
    d.add_paragraph(
        "Child N was 14 months old when they were admitted to hospital with serious "
        "injuries. The review, published in July 2025, made four recommendations for "
        "the partnership. This action plan records how partner agencies are responding "
        "and is monitored by the Learning and Practice Review Group.")
    d.add_paragraph("RAG: Red – significant delay or not started; Amber – in progress "
                    "with some delay; Green – in progress and on track; Complete – "
                    "action completed and evidenced.")
    headers = ["No.", "Action", "Lead agency / officer", "Timescale",
               "Evidence of completion / impact", "Progress update", "RAG"]
    t = d.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    header_row(t, headers)
    for rec, acts in SURREY:
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        set_cell(m, rec, bold=True)
        shade(m, "E2EFDA")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                set_cell(c, v)
            shade(cells[6], FILL[a[6]])
    d.add_paragraph("")
    d.add_heading("Glossary", level=2)
    g = d.add_table(rows=0, cols=2)
    g.style = "Table Grid"
    for k, v in [("GCP2", "Graded Care Profile 2"), ("ICB", "Integrated Care Board"),
                 ("SSCP", "Surrey Safeguarding Children Partnership"),
                 ("WNB", "Was Not Brought")]:
        cells = g.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    d.add_paragraph("")
    s = d.add_table(rows=0, cols=2)
    s.style = "Table Grid"
    for k, v in [("Plan approved by", "SSCP Executive"), ("Date approved", "4 September 2025"),
                 ("Next review", "Learning and Practice Review Group, February 2026")]:
        cells = s.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    d.save(path(SURREY_FILE))


BUILDERS = [build_norwich, build_southampton, build_arun, build_york, build_wsx,
            build_devon, build_surrey]

if __name__ == "__main__":
    for b in BUILDERS:
        b()
    print("built", len(BUILDERS), "files in", HERE)
