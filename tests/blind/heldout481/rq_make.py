"""Build the seven rq- cases of set heldout481 (data files and their expected readings).

Run with: /work/main/.venv/bin/python rq_make.py
Each action below carries both the text written into the file and the reading a person
makes of it (lead list, end month, status); the .expected.yaml files are written from them.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def d(y, m, day):
    return dt.datetime(y, m, day)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, data):
    if "\n" in data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str)


def write_expected(name, source, reads, title, actions=None, outcome="read", refuse_at=None,
                   accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome, "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000,
                  default_flow_style=False)


# ---------------------------------------------------------------------------------------------
# 1. Birmingham City Council – Corporate Risk Register 2025/26 (xlsx, three sheets)
# ---------------------------------------------------------------------------------------------
def birmingham():
    name = "rq-birmingham-city-council-corporate-risk-register-2025-26.xlsx"
    title = "Birmingham City Council – Corporate Risk Register 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Quarter 2 position (as at 30 September 2025)"
    ws["A4"] = "Reported to: Audit Committee, 25 November 2025"
    ws["A6"] = "Document control"
    ws["A6"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("1.0", "18/07/2025", "Corporate Risk Manager", "Q1 register agreed by Corporate Leadership Team"),
            ("2.0", "21/10/2025", "Corporate Risk Manager", "Q2 review – CR05 added; CR02 current score reduced")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    ws["A11"] = ("Scoring: Likelihood (1–5) x Impact (1–5). 15–25 Red; 8–12 Amber; 1–6 Green. "
                 "Current score is the residual score after existing controls.")
    for col, w in zip("ABCD", (12, 14, 26, 52)):
        ws.column_dimensions[col].width = w

    # Risk summary sheet (not actions)
    rs = wb.create_sheet("Risk Summary")
    rs["A1"] = "Corporate risks – summary of scores"
    rs["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Risk", "Risk owner", "Inherent score", "Current score", "Target score", "Direction of travel"]
    risks = [
        ("CR01", "Financial sustainability", "Strategic Director, Finance and Governance (S151 Officer)", 25, 20, 12, "↔"),
        ("CR02", "Equal pay liability and job evaluation", "Chief Executive", 25, 16, 9, "↓"),
        ("CR03", "Cyber security and resilience of ICT", "Chief Information Officer", 20, 16, 8, "↔"),
        ("CR04", "Demand for SEND home to school transport", "Strategic Director, Children and Families", 20, 15, 10, "↑"),
        ("CR05", "Housing – temporary accommodation demand", "Strategic Director, City Housing", 20, 20, 12, "New"),
    ]
    for j, h in enumerate(hdr):
        c = rs.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP
    for i, r in enumerate(risks):
        for j, v in enumerate(r):
            c = rs.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
        sc = r[4]
        rs.cell(row=4 + i, column=5).fill = fill(RED if sc >= 15 else AMBER if sc >= 8 else GREEN)
    for col, w in zip("ABCDEFG", (8, 40, 44, 10, 10, 10, 12)):
        rs.column_dimensions[col].width = w

    # Action plan sheet
    ap = wb.create_sheet("Action Plan")
    ap["A1"] = "Corporate Risk Register 2025/26 – further mitigating actions"
    ap["A1"].font = Font(bold=True, size=12)
    ap["A2"] = ("Status key: Complete = action delivered | Green = on track | "
                "Amber = at risk of slippage | Red = off track / overdue")
    ap["A2"].font = Font(italic=True)
    hdr = ["Action ref", "Further mitigating action", "Action owner", "Original target date",
           "Revised target date", "Status", "Q2 2025/26 progress commentary"]
    for j, h in enumerate(hdr):
        c = ap.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP

    CR = {
        "CR01": "CR01 Financial sustainability",
        "CR02": "CR02 Equal pay liability and job evaluation",
        "CR03": "CR03 Cyber security and resilience of ICT",
        "CR04": "CR04 Demand for SEND home to school transport",
        "CR05": "CR05 Housing – temporary accommodation demand",
    }
    # (risk, ref, action, owner cell, original, revised, status cell, commentary, expected lead, end, status)
    items = [
        ("CR01", "CR01.1",
         "Deliver the 2025/26 savings programme of £149.0m, with monthly tracking of delivery through the Budget Recovery Board",
         "Director of Finance / Assistant Director, Financial Strategy", d(2026, 3, 31), None, "Amber",
         "£112.4m delivered or on track at Q2; £36.6m assessed as at risk and directorates identifying mitigations.",
         ["Director of Finance", "Assistant Director, Financial Strategy"], "2026-03", "amber"),
        ("CR01", "CR01.2",
         "Refresh the Medium Term Financial Plan 2026/27 to 2029/30 and present a balanced draft budget to Cabinet",
         "Strategic Director, Finance and Governance (S151 Officer)", d(2026, 1, 31), None, "Green",
         "Draft budget consultation launched 4 November 2025.",
         ["Strategic Director, Finance and Governance (S151 Officer)"], "2026-01", "green"),
        ("CR01", "CR01.3",
         "Complete the review of earmarked reserves and set a minimum level of General Fund balance in the Reserves Policy",
         "Head of Corporate Finance", d(2025, 9, 30), None, "Complete",
         "Reserves Policy approved by Cabinet on 16 September 2025.",
         ["Head of Corporate Finance"], "2025-09", "blue"),
        ("CR02", "CR02.1",
         "Implement the new job evaluation scheme across all council grades, including the appeals process",
         "Director of People Services", d(2025, 12, 31), d(2026, 6, 30), "Amber",
         "Evaluation of 1,900 roles complete; appeals window extended following trade union consultation.",
         ["Director of People Services"], "2026-06", "amber"),
        ("CR02", "CR02.2",
         "Agree a settlement framework for outstanding equal pay claims and report the estimated liability to Cabinet",
         "Chief Executive; City Solicitor and Monitoring Officer", d(2025, 10, 31), d(2026, 1, 31), "Red",
         "Negotiations ongoing. Revised date agreed by the Equal Pay Programme Board on 14 October 2025.",
         ["Chief Executive", "City Solicitor and Monitoring Officer"], "2026-01", "red"),
        ("CR03", "CR03.1",
         "Complete the migration of the remaining on-premise servers to the cloud hosting platform",
         "Chief Information Officer", d(2026, 3, 31), None, "Green",
         "68% of workloads migrated; finance system cutover planned for February.",
         ["Chief Information Officer"], "2026-03", "green"),
        ("CR03", "CR03.2",
         "Run a cyber incident exercise with the Corporate Leadership Team and test the ICT disaster recovery plan",
         "Head of Cyber Security / Resilience Manager", d(2025, 11, 28), None, "Green",
         "Exercise scheduled for 20 November 2025 with the West Midlands Cyber Resilience Centre.",
         ["Head of Cyber Security", "Resilience Manager"], "2025-11", "green"),
        ("CR04", "CR04.1",
         "Expand independent travel training so that 150 more young people with SEND travel independently",
         "Head of Travel Assist", "July 2026", None, "Green",
         "61 young people trained since April.",
         ["Head of Travel Assist"], "2026-07", "green"),
        ("CR04", "CR04.2",
         "Re-procure the taxi and minibus framework using route optimisation software",
         "Head of Travel Assist\nCommissioning Manager – Transport", d(2026, 4, 30), None, "Not started",
         "Procurement strategy to go to Cabinet in January 2026.",
         ["Head of Travel Assist", "Commissioning Manager – Transport"], "2026-04", "unrated"),
        ("CR05", "CR05.1",
         "Deliver 250 additional units of council-owned temporary accommodation to reduce the use of bed and breakfast",
         "Strategic Director, City Housing", d(2027, 3, 31), None, "Amber",
         "84 units acquired; two schemes delayed by planning.",
         ["Strategic Director, City Housing"], "2027-03", "amber"),
        ("CR05", "CR05.2",
         "Introduce prevention-first triage at the Housing Options front door",
         "Head of Housing Options", d(2025, 12, 31), None, "Green",
         "Triage pilot running in two hubs since September.",
         ["Head of Housing Options"], "2025-12", "green"),
    ]
    st_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 5
    cur = None
    expected = []
    for risk, ref, text, owner, orig, rev, st, comm, lead, end, status in items:
        if risk != cur:
            cur = risk
            ap.cell(row=r, column=1, value=CR[risk])
            ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ap.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF")
            ap.cell(row=r, column=1).fill = fill("2F5597")
            r += 1
        vals = [ref, text, owner, orig, rev, st, comm]
        for j, v in enumerate(vals):
            c = ap.cell(row=r, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if st in st_fill:
            ap.cell(row=r, column=6).fill = fill(st_fill[st])
        expected.append(act(ref, [CR[risk]], text, lead, end, status))
        r += 1
    ap.cell(row=r + 1, column=1, value="Next review: Corporate Leadership Team, January 2026 (Quarter 3).")
    ap.cell(row=r + 1, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFG", (11, 60, 34, 13, 13, 12, 55)):
        ap.column_dimensions[col].width = w
    ap.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a metropolitan council's quarterly corporate risk register as reported to Audit "
                "Committee (Birmingham City Council, Q2 2025/26; no single published file copied). Copies: a "
                "cover sheet with title and document-control table and scoring note, a 'Risk Summary' sheet "
                "of risk scores with fill-coloured current score, and an 'Action Plan' sheet with merged risk "
                "band rows (CR01...) over further mitigating actions, original and revised target dates, a "
                "worded status column with matching fill colour, job-title owners (several in one cell, one "
                "on two lines) and a note line under the table."),
        reads=("Three sheets: a cover, a summary of the five corporate risks and their scores, and the action "
               "plan. The action plan lists 11 further mitigating actions (CR01.1 to CR05.2) grouped under five "
               "risk band rows; where a revised target date is given it replaces the original. The risk summary "
               "and cover are not actions."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------------------------
# 2. Staffordshire County Council – internal audit recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------------------------
def staffordshire():
    name = "rq-staffordshire-county-council-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    title = "Staffordshire County Council – Internal Audit: Outstanding Recommendations"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Audit and Standards Committee – 26 January 2026 (position at 31 December 2025)"
    hdr = ["Priority", "Not yet due", "Overdue", "Overdue with revised date", "Total outstanding"]
    data = [("High", 0, 1, 2, 3), ("Medium", 2, 1, 2, 5), ("Low", 0, 0, 0, 0), ("Total", 2, 2, 4, 8)]
    for j, h in enumerate(hdr):
        c = sm.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = fill("D9E1F2")
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            c = sm.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    sm["A10"] = "Recommendations implemented since the last report (October 2025): 6"
    for col, w in zip("ABCDE", (12, 14, 12, 24, 18)):
        sm.column_dimensions[col].width = w

    tr = wb.create_sheet("Tracker")
    tr["A1"] = "Outstanding internal audit recommendations – position at 31 December 2025"
    tr["A1"].font = Font(bold=True, size=12)
    hdr = ["Audit", "Audit year", "Assurance opinion", "Rec no.", "Priority", "Finding / recommendation",
           "Agreed management action", "Responsible officer", "Original due date", "Revised due date",
           "Status", "Latest update"]
    for j, h in enumerate(hdr):
        c = tr.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.border = BOX
        c.alignment = WRAP
    audits = [
        ("Direct Payments (Adults)", "2024/25", "Limited", [
            ("1", "High",
             "Annual reviews of direct payment accounts were not completed for 41% of the sample. Accounts should be reviewed at least annually.",
             "Introduce a risk-based annual review of all direct payment accounts, prioritising those holding balances over £5,000",
             "Head of Care Commissioning", d(2025, 10, 31), d(2026, 3, 31), "Partially implemented",
             "Review schedule in place; 312 of 540 accounts reviewed."),
            ("2", "Medium",
             "Surplus balances were not recovered in line with the Direct Payments Policy.",
             "Recover surplus balances above eight weeks of support and report recoveries quarterly to the Adult Social Care SMT",
             "Direct Payments Team Manager", d(2025, 12, 31), None, "Not implemented",
             "Recovery letters drafted; awaiting finance system report."),
        ]),
        ("Schools Payroll Service", "2024/25", "Reasonable", [
            ("1", "Medium",
             "Starter and leaver forms were processed without evidence of headteacher authorisation.",
             "Move schools onto the online starter/leaver form with built-in authorisation",
             "Payroll Manager", d(2025, 9, 30), "31/03/2026", "Partially implemented",
             "120 of 186 maintained schools using the online form."),
        ]),
        ("IT Asset Management", "2024/25", "Limited", [
            ("1", "High",
             "The ICT asset register is incomplete and laptops returned by leavers are not reconciled.",
             "Complete a full reconciliation of the ICT asset register to the device management console",
             "Head of ICT Operations", d(2025, 11, 30), "Febuary 2026", "Partially implemented",
             "Reconciliation 70% complete; remaining devices are in schools."),
            ("2", "Medium",
             "There is no documented process for secure disposal of devices.",
             "Document and publish the secure device disposal procedure, including certificates of destruction",
             "Information Security Manager", d(2025, 12, 31), None, "Not yet due",
             "Draft procedure with the Information Governance Board."),
        ]),
        ("Highways Contract Management", "2025/26", "Limited", [
            ("1", "High",
             "Contract performance indicators are not independently verified before the annual payment mechanism is applied.",
             "Introduce independent sample verification of contractor performance indicators each quarter",
             "Assistant Director for Highways and the Built County", d(2025, 12, 31), None, "Not implemented",
             "Verification approach agreed; first sample due Q4."),
            ("2", "Medium",
             "Compensation events were approved above delegated limits.",
             "Reissue the scheme of delegation for compensation events and confirm compliance in the monthly contract report",
             "Highways Commissioning Manager", d(2026, 2, 28), None, "Not yet due",
             "Scheme of delegation being updated."),
            ("3", "Medium",
             "The contract risk register has not been reviewed since 2023.",
             "Review the contract risk register with the contractor at the quarterly strategic board",
             "Highways Commissioning Manager", d(2025, 10, 31), d(2026, 1, 31), "Partially implemented",
             "First joint review held 9 December 2025."),
        ]),
    ]
    r = 4
    typo_row = None
    for audit, year, opinion, recs in audits:
        start = r
        for rec in recs:
            no, pri, finding, action, officer, orig, rev, status, upd = rec
            vals = [audit, year, opinion, no, pri, finding, action, officer, orig, rev, status, upd]
            for j, v in enumerate(vals):
                if j < 3 and r != start:
                    continue
                c = tr.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rev == "Febuary 2026":
                typo_row = r
            pc = tr.cell(row=r, column=5)
            pc.fill = fill("F8CBAD" if pri == "High" else "FFE699")
            r += 1
        if r - 1 > start:
            for col in (1, 2, 3):
                tr.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    for row in tr.iter_rows(min_row=4, max_row=r - 1, max_col=12):
        for c in row:
            c.border = BOX
    tr.cell(row=r + 1, column=1, value="Priority: High – fundamental control weakness; Medium – important; Low – best practice.")
    for col, w in zip("ABCDEFGHIJKL", (22, 9, 11, 7, 9, 44, 44, 26, 12, 12, 16, 40)):
        tr.column_dimensions[col].width = w
    tr.freeze_panes = "A4"
    wb.save(os.path.join(HERE, name))
    assert typo_row == 7, typo_row

    write_expected(
        name,
        source=("Imitates a county council internal audit 'outstanding recommendations' report to the Audit and "
                "Standards Committee (Staffordshire County Council, January 2026; no single published file "
                "copied). Copies: a summary sheet with a totals table by priority, and a tracker sheet with the "
                "audit title, year and assurance opinion merged down over each audit's recommendations, priority "
                "fill, finding and agreed management action in separate columns, original and revised due dates, "
                "status words and a priority key line."),
        reads=("The tracker lists eight agreed management actions from four audits. On sheet 'Tracker', row 7 "
               "(IT Asset Management, rec 1) has the revised due date written 'Febuary 2026', a mistyped month; "
               "a careful reader would stop and ask what the revised date is before taking the tracker in."),
        title=title, outcome="refuse", refuse_at=typo_row)


# ---------------------------------------------------------------------------------------------
# 3. Portsmouth City Council – Ofsted focused visit action plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------------------------
def portsmouth():
    name = "rq-portsmouth-city-council-ofsted-focused-visit-action-plan.xlsx"
    title = "Ofsted Focused Visit Action Plan – Portsmouth City Council"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Focused visit: children in need and children subject to a child protection plan "
                "(visit 3 and 4 June 2025, letter published 8 July 2025)")
    ws["A3"] = "Updated 30 September 2025 for the Children's Improvement and Partnership Board"
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for col, (txt, colr) in zip("BCDE", [("Complete", BLUE), ("On track", GREEN),
                                         ("Some slippage – recoverable", AMBER), ("Off track", RED)]):
        ws[col + "4"] = txt
        ws[col + "4"].fill = fill(colr)
    hdr = ["Ref", "Action", "Lead", "Target date", "Previous RAG (June 2025)", "Current RAG (Sept 2025)",
           "Progress and evidence of impact"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
        c.alignment = WRAP
    A1 = "1. The quality of written plans for children in need and children subject to a child protection plan, so that they are specific and measurable"
    A2 = "2. The consistency and impact of management oversight and supervision, so that actions are progressed and drift is prevented"
    A3 = "3. The timeliness of initial child protection conferences"
    items = [
        (A1, "1.1",
         "Relaunch the child's plan template in Mosaic with SMART outcomes and a contingency plan, co-produced with parents",
         "Head of Safeguarding and Quality Assurance", d(2025, 7, 31), GREEN, BLUE,
         "Template live from 14 July 2025; 91% of new plans use it.",
         ["Head of Safeguarding and Quality Assurance"], "2025-07", "blue", None),
        (A1, "1.2",
         "Deliver plan-writing workshops for all social workers and team managers in the Children in Need and Child Protection teams",
         "Principal Social Worker", d(2025, 9, 30), GREEN, AMBER,
         "82% attended; remaining sessions booked for October.",
         ["Principal Social Worker"], "2025-09", "amber", None),
        (A1, "1.3",
         "Monthly thematic audit of 20 CIN and CP plans, with findings reported to the Quality Assurance Board",
         "Quality Assurance Manager / Service Leaders", "Monthly", GREEN, GREEN,
         "Audits in July, August and September: plans graded good rose from 38% to 52%.",
         ["Quality Assurance Manager", "Service Leaders"], None, "green", "Monthly"),
        (A2, "2.1",
         "Introduce a supervision standard setting out frequency, recording and reflective discussion",
         "Deputy Director – Children's Social Care", d(2025, 8, 31), BLUE, BLUE,
         "Standard issued 1 August 2025.",
         ["Deputy Director – Children's Social Care"], "2025-08", "blue", None),
        (A2, "2.2",
         "Team managers to complete the Practice Leadership programme (cohort 2)",
         "Head of Workforce Development", "Jan-26", AMBER, GREEN,
         "Cohort 2 started 9 September with 14 managers.",
         ["Head of Workforce Development"], "2026-01", "green", None),
        (A2, "2.3",
         "Performance clinic to review children subject to a child protection plan for over 12 months and children on a second or subsequent plan",
         "Head of Service (CIN/CP); Independent Reviewing Service Manager", d(2025, 12, 31), RED, AMBER,
         "Clinics held fortnightly since August; 23 of 41 children reviewed.",
         ["Head of Service (CIN/CP)", "Independent Reviewing Service Manager"], "2025-12", "amber", None),
        (A3, "3.1",
         "Weekly tracking of strategy discussions to initial conference, with escalation to the Head of Service where timescales are at risk",
         "Child Protection Chair Manager", "Ongoing", None, GREEN,
         "ICPCs within 15 working days: 71% in May, 84% in September.",
         ["Child Protection Chair Manager"], None, "green", "Ongoing"),
        (A3, "3.2",
         "Increase conference chair capacity by recruiting two permanent chairs",
         "Head of Safeguarding and Quality Assurance", d(2025, 11, 30), AMBER, RED,
         "Second round of recruitment unsuccessful; agency chair in post.",
         ["Head of Safeguarding and Quality Assurance"], "2025-11", "red", None),
    ]
    r = 7
    cur = None
    expected = []
    for area, ref, text, lead_cell, date, prev, curr, prog, lead, end, status, end_text in items:
        if area != cur:
            cur = area
            ws.cell(row=r, column=1, value=area)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("DDEBF7")
            ws.cell(row=r, column=1).alignment = WRAP
            ws.row_dimensions[r].height = 30
            r += 1
        vals = [ref, text, lead_cell, date, None, None, prog]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if prev:
            ws.cell(row=r, column=5).fill = fill(prev)
        ws.cell(row=r, column=6).fill = fill(curr)
        expected.append(act(ref, [area], text, lead, end, status, end_text))
        r += 1
    for col, w in zip("ABCDEFG", (6, 58, 34, 12, 12, 12, 50)):
        ws.column_dimensions[col].width = w

    ms = wb.create_sheet("Impact measures")
    ms["A1"] = "How we will know – impact measures"
    ms["A1"].font = Font(bold=True)
    rows = [("Measure", "Baseline (May 2025)", "Target (March 2026)", "September 2025"),
            ("% of CIN and CP plans graded good or better in audit", "38%", "65%", "52%"),
            ("% of supervisions within timescale", "64%", "90%", "81%"),
            ("% of initial child protection conferences within 15 working days", "71%", "85%", "84%"),
            ("Children subject to a CP plan for 2 years or more", "19", "5", "12")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = ms.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    ms.column_dimensions["A"].width = 62
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a unitary council's post focused visit action plan (Ofsted ILACS focused visit on "
                "children in need and child protection; Portsmouth City Council, 2025; no single published file "
                "copied). Copies: title block with visit dates and board, a RAG key row of coloured cells, the "
                "three areas for improvement from the Ofsted letter as merged numbered band rows, previous and "
                "current RAG columns shown by fill colour only, job-title leads (two in one cell), dates as real "
                "dates, 'Jan-26' text, 'Monthly' and 'Ongoing', and a second sheet of impact measures."),
        reads=("Eight actions under the three Ofsted areas for improvement. Status is the fill colour of the "
               "Current RAG (Sept 2025) column, read with the key (blue complete, green on track, amber, red); "
               "the Impact measures sheet is not actions."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    parts = text.split("\n") if text else [""]
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)


# ---------------------------------------------------------------------------------------------
# 4. Cheshire West and Chester CSP – DHR action plan (docx, Home Office template, two sections)
# ---------------------------------------------------------------------------------------------
def cheshire_west():
    name = "rq-cheshire-west-and-chester-csp-dhr-grace-action-plan.docx"
    title = "Domestic Homicide Review ‘Grace’ – Action Plan"
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Cheshire West and Chester Community Safety Partnership")
    doc.add_heading(title, level=1)
    doc.add_paragraph("Monitored by the DHR Standing Panel on behalf of the Community Safety Partnership. "
                      "Last updated: 15 October 2025.")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Comments"),
                             ("0.3", "02/06/2025", "DHR Co-ordinator", "Agreed by review panel"),
                             ("1.0", "15/10/2025", "DHR Co-ordinator", "Progress update for CSP Board")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("RAG status: B = complete; G = on track; A = some delay; R = not progressing")

    cols = ["Recommendation", "Scope", "Ref", "Action to take", "Lead agency",
            "Key milestones achieved in enacting recommendation", "Target date",
            "Date of completion and outcome", "RAG"]
    SA = "Section A: Overview Report Recommendations"
    SB = "Section B: Single Agency Recommendations (from IMRs)"
    R1 = ("1. The Community Safety Partnership to seek assurance that all partner agencies have domestic abuse "
          "policies that address economic abuse and coercive control.")
    R2 = ("2. Cheshire Constabulary and the Countess of Chester Hospital to review how repeat attendances with "
          "injuries are shared with the MARAC.")
    R3 = ("3. Cheshire and Wirral Partnership NHS Foundation Trust should ensure that routine enquiry about "
          "domestic abuse is completed at every mental health assessment.")
    R4 = ("4. Adult Social Care to ensure that carers’ assessments consider the risk of domestic abuse from the "
          "cared-for person.")
    sections = [
        (SA, [
            (R1, "Local", [
                ("1.1", "Audit all statutory partners’ domestic abuse policies against the Domestic Abuse Act 2021 statutory guidance and report gaps to the CSP Board",
                 "Community Safety Partnership Manager", "Audit template issued to partners August 2025; 9 of 12 returns received",
                 "December 2025", "", "G", ["Community Safety Partnership Manager"], "2025-12", "green", None),
                ("1.2", "Deliver a briefing on economic abuse to frontline staff in Housing, Adult Social Care and Revenues and Benefits",
                 "Cheshire West and Chester Council / Domestic Abuse Family Safety Unit", "Briefing content agreed with the Family Safety Unit",
                 "31/01/2026", "", "A", ["Cheshire West and Chester Council", "Domestic Abuse Family Safety Unit"], "2026-01", "amber", None),
            ]),
            (R2, "Local", [
                ("2.1", "Introduce an automatic flag for three or more domestic abuse related attendances within 12 months at the Emergency Department",
                 "Countess of Chester Hospital NHS Foundation Trust", "Specification agreed with the electronic patient record supplier",
                 "March 2026", "", "A", ["Countess of Chester Hospital NHS Foundation Trust"], "2026-03", "amber", None),
                ("2.2", "Refresh the MARAC referral guidance and circulate it to all police supervisors",
                 "Cheshire Constabulary", "Guidance rewritten with the MARAC Co-ordinator",
                 "September 2025", "Completed 22/09/2025 – guidance published on the force intranet", "B",
                 ["Cheshire Constabulary"], "2025-09", "blue", None),
            ]),
        ]),
        (SB, [
            (R3, "Single agency", [
                ("3.1", "Add a mandatory routine enquiry field to the mental health assessment template in the electronic patient record",
                 "Cheshire and Wirral Partnership NHS Foundation Trust", "Change request approved by the Clinical Systems Group",
                 "30/11/2025", "", "G", ["Cheshire and Wirral Partnership NHS Foundation Trust"], "2025-11", "green", None),
                ("3.2", "Audit compliance with routine enquiry and report the findings to the Trust Safeguarding Committee",
                 "Named Nurse Safeguarding Adults", "First audit completed July 2025 (63% compliance)",
                 "Quarterly", "", "G", ["Named Nurse Safeguarding Adults"], None, "green", "Quarterly"),
            ]),
            (R4, "Single agency", [
                ("4.1", "Amend the carers’ assessment guidance and deliver practice sessions to locality teams\nPractice sessions to be recorded and added to the learning hub",
                 "Head of Adult Social Care Practice; Principal Social Worker (Adults)", "",
                 "February 2026", "", "", ["Head of Adult Social Care Practice", "Principal Social Worker (Adults)"],
                 "2026-02", "unrated", None),
            ]),
        ]),
    ]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    expected = []
    for sec, recs in sections:
        doc.add_heading(sec, level=2)
        n = sum(len(a) for _, _, a in recs)
        t = doc.add_table(rows=1 + n, cols=len(cols))
        t.style = "Table Grid"
        for j, h in enumerate(cols):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9D9D9")
        r = 1
        for rec, scope, acts in recs:
            start = r
            for (ref, text, lead_cell, miles, target, done, rag, lead, end, status, end_text) in acts:
                for j, v in enumerate([None, None, ref, text, lead_cell, miles, target, done, rag]):
                    if v is not None:
                        set_cell(t.cell(r, j), v)
                if rag in rag_fill:
                    shade(t.cell(r, 8), rag_fill[rag])
                expected.append(act(ref, [sec, rec], text, lead, end, status, end_text))
                r += 1
            if r - 1 > start:
                m = t.cell(start, 0).merge(t.cell(r - 1, 0))
                set_cell(m, rec)
                m2 = t.cell(start, 1).merge(t.cell(r - 1, 1))
                set_cell(m2, scope)
            else:
                set_cell(t.cell(start, 0), rec)
                set_cell(t.cell(start, 1), scope)
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, v in enumerate(["Agreed by", "Role", "Date"]):
        set_cell(t.cell(0, j), v, bold=True)
    for j, v in enumerate(["Superintendent Claire Hughes", "Chair, Community Safety Partnership", "15/10/2025"]):
        set_cell(t.cell(1, j), v)
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a community safety partnership's domestic homicide review action plan in the Home "
                "Office DHR action plan template (Cheshire West and Chester CSP, 2025; pseudonym 'Grace' "
                "invented). Copies: partnership name and title, a document-control table, a RAG letter key, "
                "the template columns (Recommendation, Scope, Action to take, Lead agency, Key milestones, "
                "Target date, Date of completion and outcome) plus a RAG column, one table for overview report "
                "recommendations and one for single agency recommendations, recommendation and scope cells "
                "merged down over their actions, agencies as leads, a two-paragraph action cell and a sign-off "
                "table."),
        reads=("Seven actions (1.1 to 4.1) under four numbered recommendations, in Section A (overview report) "
               "and Section B (single agency). The RAG letter gives the status (B complete); one action has no "
               "RAG yet. The document control, key and sign-off tables are not actions."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------------------------
# 5. Hull City Council – ILACS improvement plan (docx, priority headings, table per recommendation)
# ---------------------------------------------------------------------------------------------
def hull():
    name = "rq-hull-city-council-ilacs-improvement-plan.docx"
    title = "Hull Children’s Services Improvement Plan: Responding to the Ofsted ILACS Inspection (June 2025)"
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Hull City Council – Children, Young People and Family Services")
    doc.add_heading(title, level=0)
    doc.add_paragraph("Version 2.1 – presented to the Children’s Services Improvement Board, 6 November 2025")
    doc.add_heading("1. Introduction", level=1)
    doc.add_paragraph("Ofsted inspected Hull’s services for children in June 2025 and judged them to require "
                      "improvement to be good. This plan sets out what we will do in response to each of the "
                      "inspectors’ recommendations, who is leading the work and how we will know it is making a "
                      "difference for children.")
    doc.add_heading("2. How we will measure progress", level=1)
    doc.add_paragraph("Each action is given a RAG rating by its lead and checked by the Improvement Board:")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    key = [("Rating", "Meaning"), ("Blue", "Action complete and impact evidenced"), ("Green", "On track"),
           ("Amber", "Some slippage, recoverable within the quarter"), ("Red", "Off track – escalated to the Board")]
    kf = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for i, (a, b) in enumerate(key):
        set_cell(t.cell(i, 0), a, bold=(i == 0))
        set_cell(t.cell(i, 1), b, bold=(i == 0))
        if a in kf:
            shade(t.cell(i, 0), kf[a])
    doc.add_heading("3. Improvement actions", level=1)

    P1 = "Priority 1: Help and protection"
    P2 = "Priority 2: Children in care and care leavers"
    R1 = ("Recommendation 1: The quality and timeliness of assessments for children in need of help and "
          "protection, including how the voice of the child is captured.")
    R2 = ("Recommendation 2: Management oversight of children subject to child protection plans where "
          "progress is not being made.")
    R3 = "Recommendation 3: The sufficiency of local homes for children in care, including foster carers."
    R4 = ("Recommendation 4: The quality of pathway plans for care leavers, so that they are written with "
          "young people.")
    plan = [
        (P1, [
            (R1, [
                ("1.1", "Implement the refreshed assessment practice standard, including a requirement to record the child’s words and lived experience",
                 "Head of Service – Assessment and Intervention", "September 2025", "Blue", None,
                 "Audit grades for voice of the child improve from 45% good to 70% good",
                 ["Head of Service – Assessment and Intervention"], "2025-09", "blue", None),
                ("1.2", "Reduce caseloads in the Assessment Teams to an average of 18 by recruiting eight permanent social workers",
                 "AD Children’s Social Care / Head of Workforce", "March 2026", "Amber", None,
                 "Average caseload 18 or below; agency staff below 15%",
                 ["AD Children’s Social Care", "Head of Workforce"], "2026-03", "amber", None),
                ("1.3", "Practice Week audits of assessment quality each quarter, with learning shared at the Practice Forum",
                 "Quality Assurance Lead", "Ongoing", "Green", None,
                 "Quarterly audit report to the Improvement Board",
                 ["Quality Assurance Lead"], None, "green", "Ongoing"),
            ]),
            (R2, [
                ("2.1", "Introduce a Child Protection Review Panel for all children on a plan for more than nine months",
                 "Head of Safeguarding", "December 2025", "", GREEN,
                 "Fewer children on plans over 18 months; no child on a plan over two years without a panel review",
                 ["Head of Safeguarding"], "2025-12", "green", None),
                ("2.2", "Revise the Public Law Outline tracker so that team managers review all pre-proceedings cases monthly\nTracker to be shared with Legal Services each week",
                 "Legal Services Manager and Head of Safeguarding", "31/01/2026", "Green", None,
                 "Pre-proceedings concluded within 16 weeks in 80% of cases",
                 ["Legal Services Manager", "Head of Safeguarding"], "2026-01", "green", None),
            ]),
        ]),
        (P2, [
            (R3, [
                ("3.1", "Launch the Hull Fostering recruitment campaign with an enhanced fee and support offer",
                 "Head of Fostering", "October 2025", "Blue", None,
                 "20 new fostering households approved in 2025/26",
                 ["Head of Fostering"], "2025-10", "blue", None),
                ("3.2", "Open two new council-run children’s homes in the city",
                 "Director of Children’s Services", "Q4 2025/26", "Red", None,
                 "Fewer children living more than 20 miles from Hull",
                 ["Director of Children’s Services"], "2026-03", "red", None),
            ]),
            (R4, [
                ("4.1", "Co-produce a new pathway plan template with the Children in Care Council and the care leavers’ forum",
                 "Leaving Care Service Manager", "November 2025", "Green", None,
                 "Young people tell us their plans reflect what matters to them",
                 ["Leaving Care Service Manager"], "2025-11", "green", None),
                ("4.2", "Every care leaver aged 18 to 21 to have an updated pathway plan reviewed with their personal adviser",
                 "Leaving Care Service Manager", "By 31 March 2026", "Amber", None,
                 "95% of care leavers have a pathway plan updated in the last six months",
                 ["Leaving Care Service Manager"], "2026-03", "amber", None),
            ]),
        ]),
    ]
    cols = ["Ref", "What we will do", "Lead", "By when", "RAG", "How we will know (impact)"]
    expected = []
    for prio, recs in plan:
        doc.add_heading(prio, level=2)
        for rec, acts in recs:
            p = doc.add_paragraph()
            p.add_run(rec).bold = True
            t = doc.add_table(rows=1 + len(acts), cols=len(cols))
            t.style = "Table Grid"
            for j, h in enumerate(cols):
                set_cell(t.cell(0, j), h, bold=True)
                shade(t.cell(0, j), "BDD7EE")
            for i, (ref, text, lead_cell, when, rag, rag_fill, impact, lead, end, status, end_text) in enumerate(acts, 1):
                for j, v in enumerate([ref, text, lead_cell, when, rag, impact]):
                    set_cell(t.cell(i, j), v)
                colour = rag_fill or kf.get(rag)
                if colour:
                    shade(t.cell(i, 4), colour)
                expected.append(act(ref, [prio, rec], text, lead, end, status, end_text))
            doc.add_paragraph("")
    doc.add_heading("4. Governance", level=1)
    doc.add_paragraph("The Improvement Board, chaired by the Chief Executive, meets every six weeks and receives "
                      "this plan with an exception report on red and amber actions. Progress is reported to the "
                      "Children, Young People and Family Services Scrutiny Commission each quarter.")
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a city council's ILACS post-inspection improvement plan as taken to its improvement "
                "board (Hull City Council, 2025; no single published file copied; inspection month invented). "
                "Copies: service line and title, version line, numbered narrative sections (Introduction, How "
                "we will measure progress with a RAG key table, Improvement actions, Governance), priority "
                "headings, each inspectors' recommendation as a bold paragraph with its own table (Ref, What we "
                "will do, Lead, By when, RAG, How we will know), RAG words with shading and one cell shaded "
                "with no word, two leads in one cell, a two-paragraph action cell, 'Q4 2025/26', 'By 31 March "
                "2026' and 'Ongoing'."),
        reads=("Nine actions under two priorities and four Ofsted recommendations, one table per "
               "recommendation. Status is the RAG word, or the shading where the cell is empty (2.1 green); "
               "the RAG key table and narrative sections are not actions."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------------------------
# 6. Hillingdon Health and Wellbeing Board – action log (csv export from Excel)
# ---------------------------------------------------------------------------------------------
def hillingdon():
    name = "rq-hillingdon-health-and-wellbeing-board-action-log.csv"
    title = "Hillingdon Health and Wellbeing Board – Action Log"
    M1 = "Meeting of 24 June 2025"
    M2 = "Meeting of 23 September 2025"
    M3 = "Meeting of 9 December 2025"
    items = [
        (M1, "HWB/25/01",
         "Circulate the draft Pharmaceutical Needs Assessment 2025 to Board members for comment before statutory consultation",
         "Director of Public Health", "31/07/2025", "B", "Circulated 8 July 2025.",
         ["Director of Public Health"], "2025-07", "blue", None),
        (M1, "HWB/25/02",
         "Report back on uptake of the NHS Health Check programme in the north of the borough",
         "Consultant in Public Health", "Sep-25", "B", "Covered under item 7 at the September meeting.",
         ["Consultant in Public Health"], "2025-09", "blue", None),
        (M1, "HWB/25/03",
         "Arrange a Board development session on the Better Care Fund plan",
         "Corporate Director, Adult Social Care and Health", "TBC", "A",
         "Session deferred to the new year; date to be confirmed with the ICB.",
         ["Corporate Director, Adult Social Care and Health"], None, "amber", "TBC"),
        (M2, "HWB/25/04",
         "Provide a breakdown of childhood immunisation rates by ward\nTo include MMR second dose and the pre-school booster",
         "Borough Director (NWL ICB)", "17/03/2026", "G",
         "Data requested from UKHSA; to be presented in March.",
         ["Borough Director (NWL ICB)"], "2026-03", "green", None),
        (M2, "HWB/25/05",
         "Share the SEND chapter of the Joint Strategic Needs Assessment with the Schools Forum",
         "Kelly, Dan", "30/11/2025", "R", "Overdue – chapter awaiting sign-off by the SEND Partnership Board.",
         ["Kelly, Dan"], "2025-11", "red", None),
        (M2, "HWB/25/06",
         "Add the annual review of the Joint Health and Wellbeing Strategy to the Board's forward plan",
         "Democratic Services Officer", "Dec-25", "B", "Done.",
         ["Democratic Services Officer"], "2025-12", "blue", None),
        (M3, "HWB/25/07",
         "Bring a report on the winter vaccination campaign and hospital discharge performance",
         "Hospital Director of Operations & Director of Public Health", "17/03/2026", "G", "",
         ["Hospital Director of Operations", "Director of Public Health"], "2026-03", "green", None),
        (M3, "HWB/25/08",
         "Agree terms of reference for a Healthy Weight task and finish group",
         "SW / KJ", "Mar-26", "G", "Draft terms of reference circulated.",
         ["SW", "KJ"], "2026-03", "green", None),
        (M3, "HWB/25/09",
         "Write to NHS England on behalf of the Board about access to NHS dentistry in the borough",
         "Chair of the Board", "31/01/2026", "", "",
         ["Chair of the Board"], "2026-01", "unrated", None),
    ]
    rows = [[title, "", "", "", "", ""],
            ["Updated following the Board meeting on 9 December 2025", "", "", "", "", ""],
            ["", "", "", "", "", ""],
            ["Ref", "Action", "Owner", "Due date", "RAG", "Update"]]
    cur = None
    expected = []
    for m, ref, text, owner, due, rag, upd, lead, end, status, end_text in items:
        if m != cur:
            cur = m
            rows.append([m, "", "", "", "", ""])
        rows.append([ref, text, owner, due, rag, upd])
        expected.append(act(ref, [m], text, lead, end, status, end_text))
    rows += [["", "", "", "", "", ""],
             ["RAG key: B = complete; G = on track; A = at risk; R = overdue", "", "", "", "", ""],
             ["Total actions", "9", "", "", "", ""],
             ["Complete", "3", "", "", "", ""],
             ["Open", "6", "", "", "", ""]]
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)

    write_expected(
        name,
        source=("Imitates a London borough health and wellbeing board action log saved from Excel as CSV "
                "(Hillingdon Health and Wellbeing Board, 2025; no single published file copied). Copies: title "
                "and 'updated following' lines padded with commas, header row, a row per meeting over that "
                "meeting's actions, HWB/yy/nn refs, RAG letters, dates as 31/07/2025, Sep-25 and TBC, a quoted "
                "action with a line break, a 'Surname, Forename' owner, two owners joined by '&' and by '/', a "
                "RAG key line and a totals block."),
        reads=("Nine actions logged at three Board meetings, each under its meeting row. The RAG letter gives "
               "the status (B complete, G, A, R; one blank, not yet rated); the key line and totals at the foot "
               "are not actions."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------------------------
# 7. South Tyneside Council – Council Plan delivery plan Q2 2025/26 (plain text export)
# ---------------------------------------------------------------------------------------------
def south_tyneside():
    name = "rq-south-tyneside-council-plan-delivery-plan-q2-2025-26.txt"
    title = "South Tyneside Council - Council Plan 2025-2030 Delivery Plan 2025/26"
    P1 = "PRIORITY 1: PEOPLE - HEALTHY, SAFE AND INDEPENDENT"
    P2 = "PRIORITY 2: PLACE - THRIVING TOWNS AND NEIGHBOURHOODS"
    P3 = "PRIORITY 3: COUNCIL - WELL RUN AND SUSTAINABLE"
    O11 = "Objective 1.1: Reduce health inequalities across the borough"
    O12 = "Objective 1.2: Give every child the best start in life"
    O21 = "Objective 2.1: Regenerate our town centres"
    O22 = "Objective 2.2: Clean, green and safe streets"
    O31 = "Objective 3.1: A financially sustainable council"
    plan = [
        (P1, [
            (O11, [
                ("1.1.1", "Deliver the Healthy Hearts programme in Jarrow and Hebburn, offering blood pressure checks in community venues",
                 "Director of Public Health", "March 2026", "On track",
                 ["1,240 checks completed; 14% referred on to primary care."],
                 ["Director of Public Health"], "2026-03", "green", None),
                ("1.1.2", "Launch the South Tyneside Healthy Weight Declaration with partners",
                 "Public Health Lead (Healthy Places); Head of Leisure", "November 2025", "Complete",
                 ["Declaration signed by 11 partners at the launch event on 2 October 2025."],
                 ["Public Health Lead (Healthy Places)", "Head of Leisure"], "2025-11", "blue", None),
            ]),
            (O12, [
                ("1.2.1", "Open Family Hubs in Hebburn and Boldon and extend the Start for Life offer to all hubs",
                 "Head of Early Help and Family Support", "December 2025", "Amber",
                 ["Hebburn hub opened in September. Boldon building works delayed",
                  "by six weeks; opening now expected in January."],
                 ["Head of Early Help and Family Support"], "2025-12", "amber", None),
                ("1.2.2", "Increase the number of in-house foster carers by 15",
                 "Fostering Service Manager", "31/03/2026", "Red",
                 ["Four new households approved against a target of eight by Q2."],
                 ["Fostering Service Manager"], "2026-03", "red", None),
            ]),
        ]),
        (P2, [
            (O21, [
                ("2.1.1", "Complete phase 2 of the Mill Dam business hub in South Shields",
                 "Director of Regeneration and Environment", "Q4 2025/26", "On track",
                 ["Contractor on site; handover programmed for February 2026."],
                 ["Director of Regeneration and Environment"], "2026-03", "green", None),
                ("2.1.2", "Secure planning consent for the Jarrow Station Square scheme",
                 "Head of Development Services", "Jan-26", "Not started",
                 ["Pre-application discussions to begin in November."],
                 ["Head of Development Services"], "2026-01", "unrated", None),
            ]),
            (O22, [
                ("2.2.1", "Roll out weekly food waste collections to all households",
                 "Head of Environmental Services", "April 2026", "On track",
                 ["Caddies procured; round redesign complete."],
                 ["Head of Environmental Services"], "2026-04", "green", None),
            ]),
        ]),
        (P3, [
            (O31, [
                ("3.1.1", "Deliver the 2025/26 savings programme and report progress monthly to the Senior Management Team",
                 "Strategic Director of Resources", "Ongoing", "Amber",
                 ["£8.1m of £10.4m savings on track; £2.3m at risk in adult social care."],
                 ["Strategic Director of Resources"], None, "amber", "Ongoing"),
                ("3.1.2", "Implement the new customer contact platform for Revenues and Benefits",
                 "Head of ICT / Head of Customer Services", "30/06/2026", "On track",
                 ["Supplier appointed; configuration under way."],
                 ["Head of ICT", "Head of Customer Services"], "2026-06", "green", None),
            ]),
        ]),
    ]
    rule = "=" * 78
    dash = "-" * 78
    lines = [title,
             "Quarter 2 Progress Report (July - September 2025)",
             "Report produced 17/10/2025 from the corporate performance management system",
             "Status key: Complete | On track | Amber - minor slippage | Red - significant slippage | Not started",
             rule, ""]
    expected = []
    counts = {}
    for prio, objs in plan:
        lines += [prio, dash]
        for obj, acts in objs:
            lines += [obj, ""]
            for ref, text, lead_cell, due, status_cell, upd, lead, end, status, end_text in acts:
                lines.append(f"Action:        {ref}")
                lines.append(f"Description:   {text}")
                lines.append(f"Lead:          {lead_cell}")
                lines.append(f"Due:           {due}")
                lines.append(f"Status:        {status_cell}")
                lines.append(f"Q2 update:     {upd[0]}")
                for more in upd[1:]:
                    lines.append(f"               {more}")
                lines.append("")
                counts[status_cell] = counts.get(status_cell, 0) + 1
                expected.append(act(ref, [prio, obj], text, lead, end, status, end_text))
        lines.append("")
    lines += [rule, "SUMMARY OF ACTION STATUS",
              "Complete: {}   On track: {}   Amber: {}   Red: {}   Not started: {}   Total: {}".format(
                  counts.get("Complete", 0), counts.get("On track", 0), counts.get("Amber", 0),
                  counts.get("Red", 0), counts.get("Not started", 0), sum(counts.values())),
              "End of report"]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(
        name,
        source=("Imitates a metropolitan borough's quarterly council plan delivery plan progress report "
                "exported as plain text from a corporate performance system (South Tyneside Council, Q2 "
                "2025/26; no single published file copied; scheme names invented). Copies: title and quarter "
                "lines, report-produced line, status key, priority headings with rules, objective headings, "
                "one labelled block per action (Action, Description, Lead, Due, Status, Q2 update), an update "
                "that runs onto an indented continuation line, and a status summary at the end."),
        reads=("Nine actions, each a labelled block, under three priorities and their objectives. Status words "
               "follow the key (On track green, Complete blue, Not started unrated); 'Q4 2025/26' is March "
               "2026 and 'Ongoing' has no end month. The summary at the foot is not an action."),
        title=title, actions=expected)


if __name__ == "__main__":
    birmingham()
    staffordshire()
    portsmouth()
    cheshire_west()
    hull()
    hillingdon()
    south_tyneside()
    print("built seven rq- cases in", HERE)
