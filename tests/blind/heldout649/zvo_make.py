#!/usr/bin/env python
"""Build the seven zvo- cases of set heldout649 (data files and their expected readings).

Run with /work/main/.venv/bin/python zvo_make.py  (openpyxl, python-docx, pyyaml).
Only files whose names start with zvo- are written.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
GREY, NAVY, PALE = "D9D9D9", "1F3864", "DDEBF7"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def path(name):
    assert name.startswith("zvo-")
    return os.path.join(HERE, name)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, meta, actions=None):
    data = {"source": meta["source"], "reads": meta["reads"], "outcome": meta["outcome"],
            "accept_refusal": meta.get("accept_refusal", False)}
    if "refuse_at" in meta:
        data["refuse_at"] = meta["refuse_at"]
    if meta.get("title"):
        data["title"] = meta["title"]
    if meta["outcome"] == "read":
        data["actions"] = actions
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False, width=100000)


def set_widths(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def style_header(ws, row, ncols, colour=NAVY):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(colour)
        cell.alignment = WRAP
        cell.border = BOX


def band(ws, row, ncols, text, colour=PALE):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=True)
    c.fill = fill(colour)
    c.alignment = WRAP
    for k in range(1, ncols + 1):
        ws.cell(row=row, column=k).border = BOX


def put_row(ws, row, values, date_fmt="dd/mm/yyyy"):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=row, column=c, value=v)
        cell.alignment = WRAP
        cell.border = BOX
        if isinstance(v, (dt.date, dt.datetime)):
            cell.number_format = date_fmt


# ---------------------------------------------------------------------------
# 1. Blackburn with Darwen – internal audit agreed actions tracker (REFUSE)
# ---------------------------------------------------------------------------
def blackburn():
    name = "zvo-blackburn-with-darwen-council-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Blackburn with Darwen Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Governance Committee – 20 January 2026"
    ws["A3"] = "Internal Audit: progress in implementing agreed actions (position at 31 December 2025)"
    ws["A3"].font = Font(bold=True)
    hdr = ["Priority", "Agreed actions due", "Implemented", "Partly implemented", "Not implemented",
           "Revised date agreed"]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=5, column=c, value=h)
    style_header(ws, 5, len(hdr))
    rows = [["High", 6, 2, 3, 1, 3], ["Medium", 14, 10, 3, 1, 4], ["Low", 5, 5, 0, 0, 0]]
    for i, r in enumerate(rows):
        put_row(ws, 6 + i, r)
    put_row(ws, 9, ["Total", "=SUM(B6:B8)", "=SUM(C6:C8)", "=SUM(D6:D8)", "=SUM(E6:E8)", "=SUM(F6:F8)"])
    for c in range(1, 7):
        ws.cell(row=9, column=c).font = Font(bold=True)
    ws["A11"] = "Priority definitions"
    ws["A11"].font = Font(bold=True)
    ws["A12"] = "High – fundamental weakness in control requiring immediate management attention"
    ws["A13"] = "Medium – significant weakness; action to be taken within a reasonable timescale"
    ws["A14"] = "Low – opportunity to improve control or efficiency"
    ws["A16"] = "The schedule on the ‘Agreed actions’ tab lists all High and Medium priority actions not yet fully implemented."
    set_widths(ws, [16, 18, 14, 18, 16, 18])

    ws2 = wb.create_sheet("Agreed actions")
    ws2["A1"] = "Internal Audit – schedule of outstanding agreed actions (High and Medium priority)"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2["A2"] = "Position at 31 December 2025. Revised dates are those agreed with the Head of Audit and Assurance."
    hdr = ["Ref", "Audit review (year)", "Assurance opinion", "Priority", "Issue identified", "Agreed action",
           "Responsible officer", "Original target date", "Revised target date", "Status",
           "Management update (December 2025)"]
    for c, h in enumerate(hdr, 1):
        ws2.cell(row=4, column=c, value=h)
    style_header(ws2, 4, len(hdr))
    r = 5
    band(ws2, r, len(hdr), "Finance and Resources")
    r += 1
    data = [
        ["AG/24-25/06.1", "Accounts Payable (2024/25)", "Limited", "High",
         "Duplicate payment checks are run monthly and after payment; 11 duplicate invoices totalling £38,420 were paid in 2024/25.",
         "Configure the pre-payment duplicate check in the finance system so that every payment run is screened before release.",
         "Head of Exchequer Services", dt.date(2025, 6, 30), "31/03/2026", "Partly implemented",
         "Supplier upgrade completed November 2025; testing of the new rule in progress."],
        ["AG/24-25/06.2", "Accounts Payable (2024/25)", "Limited", "Medium",
         "Changes to supplier bank details were not independently verified in 4 of 25 cases tested.",
         "Introduce a documented call-back check to a known contact for all bank detail changes, evidenced on the supplier record.",
         "Exchequer Services Manager", dt.date(2025, 4, 30), "", "Implemented",
         "Procedure issued April 2025; Internal Audit retest December 2025 found 25 of 25 compliant."],
        ["AG/24-25/09.1", "Payroll – starters and leavers (2024/25)", "Moderate", "Medium",
         "Leaver forms were received after the payroll cut-off in 9 cases, leading to overpayments.",
         "Report late leaver notifications by department to the Corporate Management Team each quarter.",
         "Payroll and Pensions Manager; HR Business Partner", dt.date(2025, 9, 30), "Dec 2025", "Not implemented",
         "First report now scheduled for CMT in January 2026."],
    ]
    for d in data:
        put_row(ws2, r, d)
        r += 1
    band(ws2, r, len(hdr), "Adults and Health")
    r += 1
    data = [
        ["AG/24-25/14.1", "Direct Payments (2024/25)", "Limited", "High",
         "Annual financial reviews of direct payment accounts were overdue for 62 of 410 recipients.",
         "Clear the backlog of overdue direct payment financial reviews and set a monthly performance measure.",
         "Head of Service, Adult Social Care Finance", dt.date(2025, 10, 31), "Febuary 2026", "Partly implemented",
         "Backlog reduced to 19 reviews; additional officer in post until March."],
        ["AG/24-25/14.2", "Direct Payments (2024/25)", "Limited", "Medium",
         "Surplus balances above eight weeks were not being recovered consistently.",
         "Agree and publish a surplus recovery procedure and apply it to all accounts reviewed.",
         "Direct Payments Team Leader", dt.date(2025, 12, 31), "", "Partly implemented",
         "Procedure drafted; awaiting sign-off by the Director of Adult Social Care."],
    ]
    typo_row = None
    for d in data:
        if d[8] == "Febuary 2026":
            typo_row = r
        put_row(ws2, r, d)
        r += 1
    band(ws2, r, len(hdr), "Environment and Operations")
    r += 1
    data = [
        ["AG/25-26/02.1", "Fleet Management (2025/26)", "Moderate", "Medium",
         "Driver licence checks were not repeated annually for 7 of 30 drivers sampled.",
         "Move to an automated DVLA licence checking service covering all council drivers.",
         "Fleet and Transport Manager", dt.date(2025, 11, 30), "31/01/2026", "Partly implemented",
         "Contract awarded; 70% of drivers enrolled."],
        ["AG/25-26/04.1", "Building Control Income (2025/26)", "Moderate", "Medium",
         "Fees for 12% of applications were not reconciled to the planning portal.",
         "Carry out a monthly reconciliation of fee income to the portal and investigate differences over £100.",
         "Building Control Manager", dt.date(2025, 12, 31), "", "Implemented",
         "Reconciliations in place from October 2025."],
        ["AG/25-26/05.1", "Waste Contract Monitoring (2025/26)", "Limited", "High",
         "Contract performance deductions were not applied for missed collections in the first quarter.",
         "Apply the contract deductions mechanism monthly and report performance to the Environment Portfolio Holder.",
         "Head of Environmental Services", dt.date(2025, 12, 31), "30 April 2026", "Not implemented",
         "Deductions process under legal review; revised date agreed with Internal Audit."],
    ]
    for d in data:
        put_row(ws2, r, d)
        r += 1
    ws2.cell(row=r + 1, column=1, value="Note: Implemented actions will be removed from the next report once verified by Internal Audit.")
    set_widths(ws2, [15, 24, 12, 10, 40, 44, 26, 14, 14, 16, 40])
    ws2.freeze_panes = "A5"
    wb.save(path(name))
    assert typo_row is not None
    meta = {
        "source": "Imitates a Blackburn with Darwen Borough Council internal audit follow-up report to the "
                  "Audit and Governance Committee (2025/26): an Excel appendix with a Summary sheet (totals by "
                  "priority, priority definitions) and an 'Agreed actions' sheet of outstanding High/Medium agreed "
                  "actions grouped under merged directorate band rows, with audit review, assurance opinion, "
                  "issue, agreed action, responsible officer, original and revised target dates, status and "
                  "management update, as district/unitary audit committees publish (cf. Reading, Bromsgrove "
                  "audit recommendation trackers).",
        "reads": "A tracker of eight agreed internal audit actions across three directorates, each with an "
                 "original target date and, for most, a revised date. On the 'Agreed actions' sheet, row %d "
                 "(Direct Payments, AG/24-25/14.1) gives its revised target date as 'Febuary 2026', a mistyped "
                 "month in the end cell, so a careful reader stops there and asks." % typo_row,
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": "Internal Audit: progress in implementing agreed actions (position at 31 December 2025)",
    }
    write_expected(name, meta)
    return name


# ---------------------------------------------------------------------------
# 2. Bradford – Ofsted focused visit action plan (xlsx, fill-only current RAG)
# ---------------------------------------------------------------------------
def bradford():
    name = "zvo-bradford-childrens-services-ofsted-focused-visit-action-plan.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    title = "Bradford Children and Families Trust – Ofsted Focused Visit Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Focus of visit: children in need and children subject to a child protection plan"
    ws["A3"] = "Visit: 21 and 22 October 2025 | Letter published: 27 November 2025 | Plan owner: Director of Children’s Social Care"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    dc_hdr = ["Version", "Date", "Author", "Changes"]
    for c, h in enumerate(dc_hdr, 1):
        ws.cell(row=6, column=c, value=h)
    style_header(ws, 6, 4)
    dc = [["0.3", dt.date(2025, 12, 3), "Improvement Lead", "Draft for senior leadership team"],
          ["1.0", dt.date(2025, 12, 15), "Improvement Lead", "Approved by Children’s Services Improvement Board"],
          ["1.2", dt.date(2026, 1, 22), "Improvement Lead", "January 2026 progress added; action 1.2 and 2.2 dates revised"]]
    for i, d in enumerate(dc):
        put_row(ws, 7 + i, d)
    ws["A11"] = "RAG key"
    ws["A11"].font = Font(bold=True)
    key = [(BLUE, "Complete – impact evidenced and agreed by Quality Assurance Panel"),
           (GREEN, "On track to deliver by the target date"),
           (AMBER, "Some slippage – recoverable within the quarter"),
           (RED, "Off track – escalated to Improvement Board")]
    for i, (col, txt) in enumerate(key):
        ws.cell(row=12 + i, column=1).fill = fill(col)
        ws.cell(row=12 + i, column=1).border = BOX
        ws.cell(row=12 + i, column=2, value=txt)
    set_widths(ws, [14, 14, 20, 60])

    ws2 = wb.create_sheet("Action plan")
    ws2["A1"] = "Ofsted Focused Visit Action Plan – progress update January 2026"
    ws2["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Action", "Lead", "Original target date", "Revised target date",
           "Measure of success / evidence", "Previous RAG (Dec-25)", "Current RAG (Jan-26)",
           "Progress update"]
    for c, h in enumerate(hdr, 1):
        ws2.cell(row=3, column=c, value=h)
    style_header(ws2, 3, len(hdr))
    afi1 = ("Area for improvement 1: The timeliness and quality of assessments and plans for children in need, "
            "so that plans are specific, outcome-focused and reviewed within timescales.")
    afi2 = ("Area for improvement 2: The consistency and impact of management oversight and supervision, "
            "including the recorded rationale for decisions to step children down or close cases.")
    afi3 = ("Area for improvement 3: The contribution of partner agencies to child protection core groups "
            "and review conferences.")
    MY = "mmm-yy"
    rows = [
        ("band", afi1),
        (["1.1", "Introduce a revised child in need plan template with SMART outcomes and a plan-on-a-page for families.",
          "Head of Service, Children in Need", dt.date(2025, 12, 31), None,
          "Template live in Liquidlogic; 80% of plans audited rated good or better for specificity.", "G", None,
          "Template launched 1 December 2025; December audit 82% good or better."], BLUE,
         act("1.1", [afi1], "Introduce a revised child in need plan template with SMART outcomes and a plan-on-a-page for families.",
             ["Head of Service, Children in Need"], "2025-12", "blue")),
        (["1.2", "Deliver practice workshops on outcome-focused planning to all social workers and team managers in the Children in Need service.",
          "Principal Social Worker / Head of Practice Improvement", dt.date(2026, 1, 31), dt.date(2026, 3, 31),
          "95% attendance; post-workshop practice audit.", "A", None,
          "6 of 11 workshops delivered. Remaining sessions moved to February and March due to Christmas cover."], GREEN,
         act("1.2", [afi1], "Deliver practice workshops on outcome-focused planning to all social workers and team managers in the Children in Need service.",
             ["Principal Social Worker", "Head of Practice Improvement"], "2026-03", "green")),
        (["1.3", "Add a weekly exception report of child in need reviews falling outside timescale to the performance dashboard.",
          "Performance & Intelligence Manager", dt.date(2026, 2, 28), None,
          "CIN reviews in timescale rise from 71% to 90%.", "G", None,
          "Report built; data validation found duplicate episodes, fix due mid-February."], AMBER,
         act("1.3", [afi1], "Add a weekly exception report of child in need reviews falling outside timescale to the performance dashboard.",
             ["Performance & Intelligence Manager"], "2026-02", "amber")),
        ("band", afi2),
        (["2.1", "Team managers to record a management oversight rationale at every step-down and closure decision, checked through the monthly audit cycle.",
          "Service Manager (Safeguarding and Reviewing)", "Ongoing – monthly", None,
          "Monthly audit shows rationale recorded in 90%+ of step-downs.", "G", None,
          "November 88%, December 91%."], GREEN,
         act("2.1", [afi2], "Team managers to record a management oversight rationale at every step-down and closure decision, checked through the monthly audit cycle.",
             ["Service Manager (Safeguarding and Reviewing)"], None, "green", end_text="Ongoing – monthly")),
        (["2.2", "Implement the revised supervision policy, including reflective supervision at least every six weeks for all case-holding staff.",
          "Director of Children’s Social Care", dt.date(2025, 12, 31), dt.date(2026, 4, 30),
          "Supervision compliance at 90% on the dashboard.", "A", None,
          "Compliance 64%. Policy sign-off delayed by consultation with staff side; escalated to Improvement Board."], RED,
         act("2.2", [afi2], "Implement the revised supervision policy, including reflective supervision at least every six weeks for all case-holding staff.",
             ["Director of Children’s Social Care"], "2026-04", "red")),
        ("band", afi3),
        (["3.1", "Agree multi-agency core group standards with health and education partners and publish them through the safeguarding partnership.",
          "BCSP Business Manager; Designated Nurse Safeguarding Children (ICB)", "Q4 2025/26", None,
          "Standards agreed by BCSP Executive; partner attendance at core groups above 85%.", "G", None,
          "Draft standards circulated to partners 12 January 2026."], GREEN,
         act("3.1", [afi3], "Agree multi-agency core group standards with health and education partners and publish them through the safeguarding partnership.",
             ["BCSP Business Manager", "Designated Nurse Safeguarding Children (ICB)"], "2026-03", "green")),
        (["3.2", "Run a partner attendance audit of initial and review child protection conferences and report the findings to the BCSP Performance Subgroup.",
          "Head of Service, Child Protection", dt.date(2026, 5, 31), None,
          "Audit report presented; actions agreed by each agency.", None, None,
          "Not yet started – scoping in February 2026."], None,
         act("3.2", [afi3], "Run a partner attendance audit of initial and review child protection conferences and report the findings to the BCSP Performance Subgroup.",
             ["Head of Service, Child Protection"], "2026-05", "unrated")),
    ]
    r = 4
    acts = []
    for item in rows:
        if item[0] == "band":
            band(ws2, r, len(hdr), item[1])
        else:
            vals, colour, a = item
            put_row(ws2, r, vals, date_fmt=MY)
            if colour:
                ws2.cell(row=r, column=8).fill = fill(colour)
            acts.append(a)
        r += 1
    ws2.cell(row=r + 1, column=1, value="Current RAG is shown by colour only; see RAG key on the Cover sheet.")
    set_widths(ws2, [6, 52, 30, 12, 12, 36, 11, 11, 44])
    ws2.freeze_panes = "A4"
    wb.save(path(name))
    meta = {
        "source": "Imitates a post-focused-visit action plan of the kind children's services in England submit to "
                  "Ofsted and publish to their improvement board (Bradford Children and Families Trust, focused visit "
                  "on children in need / child protection, 2025-26). Copied features: a Cover sheet with title block, "
                  "document-control table and colour RAG key; an 'Action plan' sheet with merged 'Area for improvement' "
                  "band rows over numbered actions, job titles as leads, original and revised target dates (mmm-yy), "
                  "a Previous RAG letter column and a Current RAG column shown by fill colour only.",
        "reads": "Three areas for improvement from the Ofsted letter, each a merged band row, with seven numbered "
                 "actions under them. Each action has a lead post, an original and sometimes a revised target date, "
                 "and a current RAG given only by the cell colour (blue complete, green, amber, red; one not started "
                 "with no colour).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, acts)
    return name


# ---------------------------------------------------------------------------
# 3. Kent County Council – Framing Kent's Future annual delivery plan Q2 (xlsx)
# ---------------------------------------------------------------------------
def kent():
    name = "zvo-kent-county-council-framing-kents-future-annual-delivery-plan-2025-26-q2.xlsx"
    title = "Framing Kent’s Future – Annual Delivery Plan 2025-26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Kent County Council – Quarter 2 (July to September 2025) monitoring report to Cabinet, 4 December 2025"
    hdr = ["Priority", "Deliverables", "Complete", "Green", "Amber", "Red"]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=4, column=c, value=h)
    style_header(ws, 4, 6)
    summ = [["Priority 1: Levelling Up Kent", 3, 0, 1, 1, 0],
            ["Priority 2: Infrastructure for Communities", 3, 1, 0, 1, 1],
            ["Priority 3: Environmental Step Change", 2, 0, 2, 0, 0],
            ["Priority 4: New Models of Care and Support", 2, 0, 1, 1, 0]]
    # Priority 1 has one Complete too; fix counts below from data
    for i, s in enumerate(summ):
        put_row(ws, 5 + i, s)
    put_row(ws, 9, ["Total", "=SUM(B5:B8)", "=SUM(C5:C8)", "=SUM(D5:D8)", "=SUM(E5:E8)", "=SUM(F5:F8)"])
    for c in range(1, 7):
        ws.cell(row=9, column=c).font = Font(bold=True)
    ws["A11"] = "RAG key"
    ws["A11"].font = Font(bold=True)
    keyrows = [("Complete", BLUE, "Deliverable achieved"), ("G", GREEN, "On track"),
               ("A", AMBER, "Some risk to delivery – mitigating action in place"),
               ("R", RED, "Off track – will not be delivered to target without intervention")]
    for i, (k, col, txt) in enumerate(keyrows):
        c = ws.cell(row=12 + i, column=1, value=k)
        c.fill = fill(col)
        ws.cell(row=12 + i, column=2, value=txt)
    ws["A17"] = "Detailed deliverables are on the four priority tabs. Q1 RAG is shown for comparison; the Q2 RAG is the current assessment."
    set_widths(ws, [44, 14, 11, 9, 9, 9])

    hdr = ["Ref", "Deliverable", "Lead directorate", "Accountable officer", "Target date", "Q1 RAG", "Q2 RAG",
           "Q2 update"]
    priorities = [
        ("P1 Levelling Up", "Priority 1: Levelling Up Kent", [
            ("Commitment 1 – Maintain KCC’s strategic role in supporting schools in Kent to deliver accessible, high quality education provision for all families", [
                ("1.1.1", "Deliver the 2025-26 programme of additional specialist resource provision places in mainstream schools, as set out in the Commissioning Plan for Education Provision in Kent 2025-29",
                 "CYPE", "Director of Education and SEN", dt.date(2025, 9, 30), "G", "Complete",
                 "All 14 planned SRP bases opened for the September 2025 intake (196 places).", "2025-09", "blue"),
                ("1.1.2", "Implement the refreshed Kent Attendance Strategy, including targeted support for pupils with attendance below 50%",
                 "CYPE", "Head of Inclusion and Attendance", "31/03/2026", "G", "G",
                 "Attendance support teams in place in all four areas; persistent absence down 1.2 points on the same term last year.", "2026-03", "green"),
            ]),
            ("Commitment 2 – Support a diverse economy and help residents access good quality jobs and skills", [
                ("1.2.1", "Launch the Connect to Work employment support programme across Kent and enrol the first 500 participants",
                 "GET", "Director of Growth and Communities", dt.date(2025, 12, 31), "A", "A",
                 "Programme launched in July; 212 participants enrolled. Referral routes from health partners slower than planned.", "2025-12", "amber"),
            ]),
        ]),
        ("P2 Infrastructure", "Priority 2: Infrastructure for Communities", [
            ("Commitment 1 – Maintain and improve Kent’s highway network", [
                ("2.1.1", "Complete the 2025-26 resurfacing and surface treatment programme, prioritising roads assessed as in the poorest condition",
                 "GET", "Director of Highways and Transportation", dt.date(2026, 3, 31), "G", "A",
                 "58% of the programme complete; wet weather in September delayed surface dressing sites.", "2026-03", "amber"),
                ("2.1.2", "Publish the refreshed Local Transport Plan 5 following public consultation",
                 "GET", "Head of Transport Strategy", "Q3 2025/26", "A", "R",
                 "Consultation responses larger than expected (4,100); publication unlikely before the end of Q4.", "2025-12", "red"),
            ]),
            ("Commitment 2 – Improve access to digital connectivity", [
                ("2.2.1", "Work with Building Digital UK to award the Project Gigabit contract for the remaining rural Kent premises",
                 "GET", "Head of Broadband / Kent Digital Programme Manager", "31/12/2025", "G", "Complete",
                 "Contract awarded by BDUK on 18 September 2025.", "2025-12", "blue"),
            ]),
        ]),
        ("P3 Environment", "Priority 3: Environmental Step Change", [
            ("Commitment 1 – Deliver on our Net Zero commitments and protect Kent’s natural environment", [
                ("3.1.1", "Install solar PV and heat decarbonisation measures at a further 12 KCC buildings through the Public Sector Decarbonisation Scheme",
                 "CED", "Director of Infrastructure", dt.date(2026, 3, 31), "G", "G",
                 "Works complete at 5 sites; remaining 7 on programme.", "2026-03", "green"),
                ("3.1.2", "Prepare and adopt the Kent and Medway Local Nature Recovery Strategy",
                 "GET", "Head of Natural Environment and Coast", "Sept 2025 – March 2026", "G", "G",
                 "Draft strategy consultation closed 30 September; adoption planned for Cabinet in March 2026.", "2026-03", "green"),
            ]),
        ]),
        ("P4 Care and Support", "Priority 4: New Models of Care and Support", [
            ("Commitment 1 – Make Adult Social Care more sustainable and improve outcomes for residents", [
                ("4.1.1", "Deliver the actions in the Adult Social Care improvement plan that respond to the CQC local authority assessment",
                 "ASCH", "Corporate Director Adult Social Care and Health", "Ongoing", "A", "A",
                 "Waiting list for Care Act assessments reduced from 1,960 to 1,410; occupational therapy backlog remains high.", None, "amber"),
                ("4.1.2", "Expand the Technology Enabled Care offer to 3,000 additional residents",
                 "ASCH", "Director of Adult Social Care Operations", dt.date(2026, 3, 31), "G", "G",
                 "1,740 new users by the end of September.", "2026-03", "green"),
            ]),
        ]),
    ]
    acts = []
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE}
    counts = {}
    for sheet_name, ptitle, commitments in priorities:
        sh = wb.create_sheet(sheet_name)
        sh["A1"] = title
        sh["A1"].font = Font(bold=True, size=12)
        sh["A2"] = ptitle
        sh["A2"].font = Font(bold=True, size=12, color=NAVY)
        for c, h in enumerate(hdr, 1):
            sh.cell(row=4, column=c, value=h)
        style_header(sh, 4, len(hdr))
        r = 5
        cnt = [0, 0, 0, 0, 0]
        for ctext, dels in commitments:
            band(sh, r, len(hdr), ctext)
            r += 1
            for (ref, deliv, dirc, officer, target, q1, q2, upd, end, status) in dels:
                put_row(sh, r, [ref, deliv, dirc, officer, target, q1, q2, upd], date_fmt="mmm-yy")
                sh.cell(row=r, column=6).fill = fill(rag_fill[q1])
                sh.cell(row=r, column=7).fill = fill(rag_fill[q2])
                leads = [officer] if "/" not in officer else [p.strip() for p in officer.split("/")]
                a = act(ref, [ptitle, ctext], deliv, leads, end, status,
                        end_text=("Ongoing" if end is None else None))
                acts.append(a)
                cnt[0] += 1
                cnt[{"Complete": 1, "G": 2, "A": 3, "R": 4}[q2]] += 1
                r += 1
        counts[ptitle] = cnt
        set_widths(sh, [8, 58, 12, 30, 14, 8, 10, 50])
        sh.freeze_panes = "A5"
    # summary counts from the data
    for i, s in enumerate(summ):
        cnt = counts[s[0]]
        for k in range(5):
            ws.cell(row=5 + i, column=2 + k, value=cnt[k])
    wb.save(path(name))
    meta = {
        "source": "Imitates Kent County Council's quarterly monitoring of the annual delivery plan under its council "
                  "strategy 'Framing Kent’s Future' (2022-2026), reported to Cabinet (Q2 2025-26). Copied features: "
                  "a Summary sheet with a RAG count per priority (totals row) and a RAG key; one sheet per priority "
                  "with the plan title and priority heading on top, merged commitment rows over numbered deliverables "
                  "(1.1.1 ...), directorate codes, accountable officer job titles, target dates mixing dates, quarters "
                  "and a period, and Q1 and Q2 RAG columns (letter plus fill).",
        "reads": "Ten deliverables spread over four priority sheets, each sheet headed by the priority and "
                 "split by commitment band rows. Each deliverable has an accountable officer, a target date and a "
                 "previous (Q1) and current (Q2) RAG; the Q2 RAG is the status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, acts)
    return name


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def header_row(table, headers, colour="1F3864"):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        cell_text(c, h, bold=True)
        shade(c, colour)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------
# 4. Safer Gloucester Partnership – DHR action plan (docx)
# ---------------------------------------------------------------------------
def gloucester():
    name = "zvo-safer-gloucester-partnership-dhr-rosemary-action-plan.docx"
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Safer Gloucester Partnership")
    r.bold = True
    r.font.size = Pt(12)
    title = "Domestic Homicide Review – ‘Rosemary’: Action Plan"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Monitoring update for the Safer Gloucester Partnership Executive Group – November 2025")
    doc.add_paragraph("Review reference: SGP DHR 2023/01. Overview report published by the Home Office Quality "
                      "Assurance Panel decision of 14 May 2025.")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Comments"])
    for v in [("1.0", "02/06/2025", "DHR Coordinator", "Action plan agreed by review panel"),
              ("1.3", "10/09/2025", "DHR Coordinator", "Updates from partner agencies"),
              ("1.4", "18/11/2025", "DHR Coordinator", "Updates for Executive Group; RAG reviewed")]:
        row = t.add_row().cells
        for i, x in enumerate(v):
            cell_text(row[i], x)

    doc.add_paragraph("RAG status key", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, col, txt in [("Blue", BLUE, "Complete – evidence received"), ("Green", GREEN, "On track"),
                           ("Amber", AMBER, "Delayed but expected to complete"), ("Red", RED, "Not progressing – escalate")]:
        row = t.add_row().cells
        cell_text(row[0], word, bold=True)
        shade(row[0], col)
        cell_text(row[1], txt)

    acts = []
    secA = "Part A – Overview report recommendations"
    doc.add_paragraph(secA, style="Heading 1")
    hdrA = ["Recommendation", "Scope (local / regional / national)", "Action to take", "Lead agency",
            "Key milestones achieved in enacting recommendation", "Target date", "Date of completion and outcome", "RAG"]
    recs = [
        ("1. The Safer Gloucester Partnership should seek assurance that partner agencies’ domestic abuse training addresses economic abuse and coercive control in later life.",
         "Local", [
             ("Review the Gloucestershire domestic abuse training offer to include a module on economic abuse and coercive control in later life.",
              "Gloucestershire County Council (Domestic Abuse Commissioning Team)",
              "Module written with Hourglass; pilot sessions held February 2025.", "March 2025",
              "Completed 03/2025 – 142 practitioners trained by September 2025.", "Blue",
              ["Gloucestershire County Council (Domestic Abuse Commissioning Team)"], "2025-03", "blue"),
             ("Each partner agency to confirm to the Partnership that relevant frontline staff have completed the updated training.",
              "All partner agencies",
              "Returns received from 7 of 10 agencies.", "30/09/2025",
              "", "Amber", ["All partner agencies"], "2025-09", "amber"),
         ]),
        ("2. Gloucester City Council Housing Options should ensure that domestic abuse is routinely asked about when a household presents as homeless following relationship breakdown.",
         "Local", [
             ("Introduce a mandatory routine enquiry question into the Housing Options triage form and case management system.",
              "Gloucester City Council – Housing Options",
              "Question drafted with GDASS; system change requested.", "Dec-24",
              "Completed December 2024 – question live on the case management system.", "Blue",
              ["Gloucester City Council – Housing Options"], "2024-12", "blue"),
             ("Audit a sample of 30 relationship breakdown presentations to test compliance with routine enquiry.",
              "Gloucester City Council – Housing Options",
              "First 15 cases audited: 13 compliant.", "June 2025 – January 2026",
              "", "Green", ["Gloucester City Council – Housing Options"], "2026-01", "green"),
         ]),
        ("3. NHS Gloucestershire ICB should seek assurance that GP practices respond to disclosures of domestic abuse by older patients in line with the IRIS model.",
         "Local / regional", [
             ("Extend the IRIS programme to the remaining nine GP practices in Gloucester City.",
              "NHS Gloucestershire ICB / GDASS",
              "Five practices trained; four scheduled for early 2026.", "Q4 2025/26",
              "", "Amber", ["NHS Gloucestershire ICB", "GDASS"], "2026-03", "amber"),
         ]),
    ]
    nrows = 1 + sum(len(x[2]) for x in recs)
    t = doc.add_table(rows=nrows, cols=len(hdrA))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    header_row(t, hdrA)
    ri = 1
    for rec, scope, actions in recs:
        first = ri
        for (atext, lead, miles, target, done, rag, leads, end, status) in actions:
            cells = t.rows[ri].cells
            cell_text(cells[2], atext)
            cell_text(cells[3], lead)
            cell_text(cells[4], miles)
            cell_text(cells[5], target)
            cell_text(cells[6], done)
            cell_text(cells[7], rag, bold=True)
            shade(cells[7], {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}[rag])
            acts.append(act(None, [secA, rec], atext, leads, end, status))
            ri += 1
        last = ri - 1
        a = t.cell(first, 0).merge(t.cell(last, 0)) if last > first else t.cell(first, 0)
        cell_text(a, rec)
        b = t.cell(first, 1).merge(t.cell(last, 1)) if last > first else t.cell(first, 1)
        cell_text(b, scope)

    doc.add_paragraph("")
    secB = "Part B – Single agency recommendations"
    doc.add_paragraph(secB, style="Heading 1")
    doc.add_paragraph("Recommendations made by agencies in their Individual Management Reviews and accepted by the panel.")
    hdrB = ["Agency", "Recommendation", "Action", "Lead officer", "Target date", "Progress", "RAG"]
    single = [
        ("Gloucestershire Constabulary",
         "GC1. Ensure that officers attending domestic incidents involving older victims complete the DASH risk assessment with the victim in private.",
         "Issue a force-wide briefing and add a ‘private space’ prompt to the DASH form on officers’ mobile devices.",
         "Detective Chief Inspector, Public Protection", "Ongoing",
         "Briefing issued June 2025; prompt live. Compliance dip-sampled quarterly.", "Green",
         ["Detective Chief Inspector, Public Protection"], None, "green", "Ongoing"),
        ("Gloucestershire Health and Care NHS Foundation Trust",
         "GHC1. Strengthen the ‘think family’ approach in community mental health teams so that carers’ own needs and risks are assessed.",
         "Add a mandatory carer’s needs and risk prompt to the care plan template and audit its use every six months.",
         "Named Nurse Safeguarding Adults; Head of Community Mental Health Services", "31/01/2026",
         "Template change approved by Clinical Systems Group; go-live delayed by system upgrade.", "Amber",
         ["Named Nurse Safeguarding Adults", "Head of Community Mental Health Services"], "2026-01", "amber", None),
    ]
    t = doc.add_table(rows=1, cols=len(hdrB))
    t.style = "Table Grid"
    header_row(t, hdrB)
    for (agency, rec, atext, lead, target, prog, rag, leads, end, status, etext) in single:
        cells = t.add_row().cells
        for i, x in enumerate([agency, rec, atext, lead, target, prog, rag]):
            cell_text(cells[i], x, bold=(i == 6))
        shade(cells[6], {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}[rag])
        acts.append(act(None, [secB, rec], atext, leads, end, status, end_text=etext))
    doc.add_paragraph("")
    doc.add_paragraph("Completed actions will remain on the plan until the Executive Group agrees that the "
                      "recommendation has been met. Contact: community.safety@gloucester.gov.uk")
    doc.save(path(name))
    meta = {
        "source": "Imitates a community safety partnership's Domestic Homicide Review action plan in the Home Office "
                  "template (Recommendation / Scope / Action to take / Lead agency / Key milestones / Target date / "
                  "Date of completion and outcome), as district CSPs such as Safer Gloucester Partnership publish with "
                  "their DHR overview reports (2025). Copied features: title block, document-control table, RAG key "
                  "table, a Part A table with each overview recommendation vertically merged over its actions, and a "
                  "Part B single-agency table with a different column set.",
        "reads": "Two sections: three overview-report recommendations (five actions, recommendation text in a "
                 "merged first column) and two single-agency recommendations with one action each. Leads are "
                 "agencies or posts; target dates are months, a period, a quarter or 'Ongoing'; a RAG column gives "
                 "the status in words.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, acts)
    return name


# ---------------------------------------------------------------------------
# 5. Brent Health and Wellbeing Board – action log (docx)
# ---------------------------------------------------------------------------
def brent():
    name = "zvo-brent-health-and-wellbeing-board-action-log.docx"
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("London Borough of Brent")
    r.bold = True
    title = "Brent Health and Wellbeing Board – Action Log"
    doc.add_paragraph(title, style="Heading 1")
    doc.add_paragraph("Updated 20 January 2026, following the meeting held on 2 December 2025. "
                      "Agenda item 3: Matters arising and action log.")
    hdr = ["No.", "Meeting", "Agenda item", "Action", "Lead", "Due", "Status", "Update"]
    rows = [
        ("HWB 25/13", "10 June 2025", "Joint Health and Wellbeing Strategy refresh",
         "Bring the refreshed strategy outcomes framework to the Board for sign-off.",
         "Director of Public Health", "December 2025", "Complete",
         "Outcomes framework approved at the meeting on 2 December 2025.",
         ["Director of Public Health"], "2025-12", "blue", None),
        ("HWB 25/14", "10 June 2025", "Childhood immunisations",
         "Circulate ward-level MMR uptake data to Board members and identify three priority wards for the outreach pilot.",
         "Consultant in Public Health (Health Protection)", "Sep-25", "Complete",
         "Data circulated 29 July; Harlesden, Stonebridge and Wembley Central agreed as pilot wards.",
         ["Consultant in Public Health (Health Protection)"], "2025-09", "blue", None),
        ("HWB 25/19", "23 September 2025", "Better Care Fund 2025-26 – Q1 return",
         "Provide a breakdown of discharge to assess spend by pathway.",
         "Corporate Director, Care, Health and Wellbeing / NWL ICB Brent Borough Director", "Next meeting", "Amber",
         "Pathway 1 and 2 figures presented on 2 December; pathway 3 figures outstanding – carried forward.",
         ["Corporate Director, Care, Health and Wellbeing", "NWL ICB Brent Borough Director"], None, "amber", "Next meeting"),
        ("HWB 25/20", "23 September 2025", "Healthwatch Brent annual report",
         "Respond in writing to the Healthwatch recommendations on access to GP appointments for residents with limited English.",
         "NWL ICB Brent Borough Director", "31/10/2025", "Complete",
         "Joint response sent to Healthwatch Brent on 14 November 2025.",
         ["NWL ICB Brent Borough Director"], "2025-10", "blue", None),
        ("HWB 25/24", "2 December 2025", "Brent Health Matters evaluation",
         "Arrange a Board development session on the findings of the Brent Health Matters evaluation.",
         "Kiran Shah and Joanne Mensah", "Feb-26", "Green",
         "Session provisionally booked for 10 February 2026.",
         ["Kiran Shah", "Joanne Mensah"], "2026-02", "green", None),
        ("HWB 25/25", "2 December 2025", "Pharmaceutical Needs Assessment",
         "Publish a supplementary statement to the Pharmaceutical Needs Assessment following the closure of two pharmacies in Harlesden.",
         "Public Health Intelligence Manager", "TBC", "", "",
         ["Public Health Intelligence Manager"], None, "unrated", "TBC"),
        ("HWB 25/26", "2 December 2025", "Winter planning",
         "Share the North West London winter communications toolkit with voluntary and community sector partners.",
         "Head of Communications (NWL ICB); Chief Executive, CVS Brent", "w/c 8/12/25", "Complete",
         "Toolkit shared through the CVS Brent bulletin on 10 December.",
         ["Head of Communications (NWL ICB)", "Chief Executive, CVS Brent"], "2025-12", "blue", None),
        ("HWB 25/27", "2 December 2025", "Any other business",
         "Add the Child Death Overview Panel annual report to the Board’s forward plan.",
         "Governance Officer", "March 2026", "Green",
         "Added to the forward plan for the meeting on 17 March 2026.",
         ["Governance Officer"], "2026-03", "green", None),
    ]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    header_row(t, hdr, colour="00594F")
    acts = []
    for (no, mtg, item, action, lead, due, status_txt, upd, leads, end, status, etext) in rows:
        cells = t.add_row().cells
        for i, x in enumerate([no, mtg, item, action, lead, due, status_txt, upd]):
            cell_text(cells[i], x)
        acts.append(act(no, [], action, leads, end, status, end_text=etext))
    doc.add_paragraph("")
    doc.add_paragraph("Status: Complete – action closed and will be removed from the next log; Green – on track; "
                      "Amber – at risk or carried forward; Red – not progressed.")
    doc.add_paragraph("Contact: Governance Officer, Democratic Services, Brent Civic Centre.")
    doc.save(path(name))
    meta = {
        "source": "Imitates a health and wellbeing board action log as London boroughs attach it to the 'matters "
                  "arising' item of the board agenda (Brent Health and Wellbeing Board, December 2025 / January 2026). "
                  "Copied features: borough name and heading, an updated-on line, one Word table with action "
                  "number, meeting date, agenda item, action, lead, due, status and update, and a status key "
                  "paragraph under the table.",
        "reads": "Eight board actions from three meetings in one table, each with a reference, a lead (posts, "
                 "two named officers, or two posts), a due date (months, a day, a week commencing, 'Next meeting', "
                 "'TBC') and a status word; one action has no status yet.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, acts)
    return name


# ---------------------------------------------------------------------------
# 6. Wokingham JTAI action plan – Berkshire West SCP tracker export (csv)
# ---------------------------------------------------------------------------
def wokingham():
    name = "zvo-wokingham-berkshire-west-scp-jtai-action-plan.csv"
    title = ("Joint targeted area inspection of the multi-agency response to identification of initial need and "
             "risk in Wokingham – Action Plan")
    afi1 = ("AFI 1 – The quality and consistency of referrals from partner agencies, particularly health and "
            "education, so that they clearly set out the concerns and the child’s lived experience.")
    afi2 = ("AFI 2 – Timely strategy discussions that include all relevant agencies, including health and "
            "education, when children may be at risk of significant harm.")
    afi3 = ("AFI 3 – The partnership’s oversight of the impact of the MASH, including its understanding of "
            "outcomes for children who are stepped down to early help.")
    header = ["Ref", "Area for improvement", "Action", "Lead officer", "Agency", "Target date",
              "Revised target date", "RAG", "Progress update (November 2025)"]
    rows = [
        ("1.1", afi1, "Launch a revised multi-agency referral form with mandatory sections on the child’s lived experience and parental consent.",
         "Head of MASH and Assessment", "Wokingham Borough Council", "30/09/2025", "", "Blue – complete",
         "Form live from 1 September 2025.", ["Head of MASH and Assessment"], "2025-09", "blue", None),
        ("1.2", afi1, "Deliver referral quality workshops to designated safeguarding leads in all Wokingham schools.",
         "Education Safeguarding Adviser", "Wokingham Borough Council (Education)", "Autumn term 2025", "", "Green",
         "4 of 5 cluster workshops delivered; 61 schools attended.", ["Education Safeguarding Adviser"], "2025-12", "green", None),
        ("1.3", afi1, "Undertake a multi-agency audit of 40 referrals from health and education.\nReport findings and learning to the Quality Assurance and Performance subgroup.",
         "Designated Nurse Safeguarding Children (BOB ICB); Head of MASH and Assessment", "BOB ICB / WBC", "Jan-26", "Mar-26", "Amber",
         "Audit tool agreed; health sample delayed by access to GP records.",
         ["Designated Nurse Safeguarding Children (BOB ICB)", "Head of MASH and Assessment"], "2026-03", "amber", None),
        ("2.1", afi2, "Agree and implement a Berkshire West protocol for strategy discussions that requires health and education attendance or a written contribution.",
         "Detective Inspector, MASH", "Thames Valley Police", "31/10/2025", "31/01/2026", "Amber",
         "Protocol agreed by the three safeguarding partners; implementation briefings in January.",
         ["Detective Inspector, MASH"], "2026-01", "amber", None),
        ("2.2", afi2, "Introduce a weekly dip-sample of strategy discussions by MASH team managers, with findings reported monthly.",
         "Team Manager, MASH", "Wokingham Borough Council", "Ongoing", "", "Green",
         "Dip-sampling in place since July; October: 86% within 24 hours.", ["Team Manager, MASH"], None, "green", "Ongoing"),
        ("3.1", afi3, "Develop a MASH outcomes dashboard, including step-down to early help, for quarterly review by the Partnership Executive.",
         "Partnership Business Manager", "Berkshire West SCP", "Q3 2025/26", "", "Red",
         "Data-sharing agreement with BOB ICB not yet signed; escalated to the Executive on 20/11/2025.",
         ["Partnership Business Manager"], "2025-12", "red", None),
        ("3.2", afi3, "Commission an independent review of the early help step-down pathway, overseen by the three safeguarding partners.",
         "Assistant Director, Early Help and Social Care", "Wokingham Borough Council", "May 2026", "", "",
         "Not started – scoping in January 2026.", ["Assistant Director, Early Help and Social Care"], "2026-05", "unrated", None),
        ("3.3", afi3, "Refresh the Berkshire West Threshold Document with a section on early help step-down and step-up.",
         "Partnership Business Manager", "Berkshire West SCP", "March 2026", "", "Green",
         "First draft with the Policy and Procedures subgroup.", ["Partnership Business Manager"], "2026-03", "green", None),
    ]
    n = len(header)
    with open(path(name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Berkshire West Safeguarding Children Partnership"] + [""] * (n - 1))
        w.writerow([title] + [""] * (n - 1))
        w.writerow(["Inspection 9 to 13 June 2025; letter published 22 July 2025. Exported from the partnership action tracker 05/12/2025"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(header)
        acts = []
        for row in rows:
            w.writerow(list(row[:9]))
            acts.append(act(row[0], [row[1]], row[2], row[9], row[10], row[11], end_text=row[12]))
        w.writerow([""] * n)
        w.writerow(["RAG key: Blue – complete; Green – on track; Amber – at risk of slippage; Red – off track"] + [""] * (n - 1))
    meta = {
        "source": "Imitates a safeguarding children partnership's JTAI action plan (multi-agency response to "
                  "identification of initial need and risk, 'front door' JTAI, 2025) exported to CSV from a "
                  "partnership action tracker, as Berkshire West SCP reports for Wokingham. Copied features: "
                  "partnership and title lines above the header, an area-for-improvement column repeated on every "
                  "row, lead officer and agency columns, target and revised target dates, RAG words, a multi-line "
                  "action cell and a RAG key line at the end.",
        "reads": "Eight actions answering three areas for improvement from the JTAI letter, one action per row. "
                 "Each has a lead officer (one with two posts), an agency, a target date (dates, a term, a quarter, "
                 "'Ongoing') and sometimes a revised date, and a RAG word; one action has no RAG yet.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, acts)
    return name


# ---------------------------------------------------------------------------
# 7. Watford Borough Council – Town Hall Quarter highlight report (txt)
# ---------------------------------------------------------------------------
def watford():
    name = "zvo-watford-borough-council-town-hall-quarter-programme-highlight-report.txt"
    title = "Town Hall Quarter Programme – Highlight Report"
    ws1 = "Workstream 1 – Town Hall refurbishment and Museum"
    ws2 = "Workstream 2 – Colosseum"
    ws3 = "Workstream 3 – Public realm and events"
    ms = [
        (ws1, "THQ1.1", "Complete the Town Hall roof replacement and stonework repairs (phase 2)",
         "Major Projects Manager", "Jul-25", "Actual 12/09/2025", "Complete", ["Major Projects Manager"], "2025-09", "blue"),
        (ws1, "THQ1.2", "Fit out the Watford Museum galleries on the Town Hall ground floor",
         "Head of Culture and Events", "Dec-25", "Feb-26", "Amber", ["Head of Culture and Events"], "2026-02", "amber"),
        (ws1, "THQ1.3", "Relocate the Customer Service Centre to the new Town Hall reception",
         "Head of Customer Services / ICT Service Manager", "Mar-26", "Mar-26", "Green",
         ["Head of Customer Services", "ICT Service Manager"], "2026-03", "green"),
        (ws2, "THQ2.1", "Agree the lease variation with the Colosseum operator for the reopening programme",
         "Head of Property and Assets", "Oct-25", "Nov-25", "Amber", ["Head of Property and Assets"], "2025-11", "amber"),
        (ws2, "THQ2.2", "Submit the listed building consent application for the box office extension",
         "Development Management Lead", "30/06/2025", "Actual 24/06/2025", "Complete",
         ["Development Management Lead"], "2025-06", "blue"),
        (ws3, "THQ3.1", "Procure the public realm contractor for the Town Hall forecourt and Exchange Road crossing",
         "Procurement Lead; Major Projects Manager", "Nov-25", "Jan-26", "Red",
         ["Procurement Lead", "Major Projects Manager"], "2026-01", "red"),
        (ws3, "THQ3.2", "Deliver the winter events programme on the Town Hall forecourt, including the Christmas market",
         "Events Manager", "Dec-25", "Dec-25", "Green", ["Events Manager"], "2025-12", "green"),
    ]
    L = []
    L.append("WATFORD BOROUGH COUNCIL")
    L.append(title)
    L.append("")
    L.append("Report to:\tMajor Projects Board, 18 November 2025")
    L.append("Reporting period:\t1 to 31 October 2025")
    L.append("Senior Responsible Owner:\tAssociate Director, Place")
    L.append("Programme Manager:\tT. Okafor")
    L.append("Overall status:\tAMBER (previous period: AMBER)")
    L.append("")
    L.append("1. SUMMARY OF PROGRESS")
    L.append("Phase 2 of the Town Hall roof and stonework repairs reached practical completion in September and the")
    L.append("scaffold has been struck. Museum fit-out is running eight weeks behind the baseline because of")
    L.append("late delivery of display cases. The public realm tender returned only one compliant bid and is")
    L.append("being re-run, which puts the spring start on site at risk.")
    L.append("")
    L.append("2. MILESTONES AND DELIVERABLES")
    L.append("\t".join(["Ref", "Milestone / deliverable", "Owner", "Baseline date", "Forecast / actual", "RAG"]))
    acts = []
    cur = None
    for (wsn, ref, text, owner, base, fc, rag, leads, end, status) in ms:
        if wsn != cur:
            L.append(wsn)
            cur = wsn
        L.append("\t".join([ref, text, owner, base, fc, rag]))
        acts.append(act(ref, [wsn], text, leads, end, status))
    L.append("")
    L.append("RAG: Complete = milestone achieved; Green = on track to forecast; Amber = forecast later than baseline,")
    L.append("within tolerance; Red = outside tolerance, Board decision needed.")
    L.append("")
    L.append("3. KEY RISKS AND ISSUES (full detail in the programme risk register)")
    L.append("- Risk R04: display case supplier capacity could delay the museum opening beyond February (Amber, score 12).")
    L.append("- Issue I02: single compliant public realm bid; tender re-run approved by the SRO on 21 October.")
    L.append("- Risk R09: construction inflation against the public realm budget (Red, score 16).")
    L.append("")
    L.append("4. DECISIONS REQUIRED FROM THE BOARD")
    L.append("- Note the revised forecast for the museum fit-out.")
    L.append("- Agree to release £45,000 of programme contingency for the public realm re-tender.")
    L.append("")
    L.append("5. BUDGET")
    L.append("Approved capital budget £8.9m; spend to date £5.6m; forecast outturn £9.05m (+£0.15m, within contingency).")
    L.append("")
    L.append("Next report: December 2025 Major Projects Board.")
    with open(path(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    meta = {
        "source": "Imitates a district council major programme highlight report to an officer Major Projects Board "
                  "(Watford Borough Council, Town Hall Quarter programme, October 2025), saved as a plain text "
                  "export. Copied features: council and report title lines, tab-separated reporting details "
                  "(SRO, programme manager, overall status with previous status), numbered sections, a "
                  "tab-separated milestone table split by workstream heading lines with baseline and "
                  "forecast/actual dates and RAG, a RAG key, and risks, decisions and budget as prose/bullets.",
        "reads": "Seven programme milestones in three workstreams, each with an owner (two have two posts), a "
                 "baseline date and a forecast or actual date, and a RAG word. Risks, decisions and budget "
                 "lines are commentary, not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, acts)
    return name


if __name__ == "__main__":
    made = [blackburn(), bradford(), kent(), gloucester(), brent(), wokingham(), watford()]
    for m in made:
        print(m)
