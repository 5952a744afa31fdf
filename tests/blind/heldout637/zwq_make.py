"""Build the seven zwq- blind test files (set heldout637) and their expected readings.

Run with /work/main/.venv/bin/python zwq_make.py (from any directory).
Writes only files whose names start with "zwq-".
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, Cm, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zwq-")
    return os.path.join(HERE, name)


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, s):
    import re
    if "\n" in s:
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style="|")
    if re.fullmatch(r"\d{4}-\d{2}", s):
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)


_Dumper.add_representer(str, _str_rep)


def write_expected(name, meta, actions):
    doc = dict(meta)
    if actions is not None:
        doc["actions"] = actions
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.dump(doc, fh, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def header_row(ws, row, headers):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


# ---------------------------------------------------------------------------
# 1. Leeds City Council - internal audit follow-up tracker (xlsx, read)
# ---------------------------------------------------------------------------
def leeds():
    name = "zwq-leeds-city-council-internal-audit-recommendations-tracker.xlsx"
    D = dt.datetime
    audits = [
        ("Direct Payments (2024/25)", "Limited", [
            ("DP.1", "High",
             "Direct payment accounts should be reviewed within six weeks of the first payment and annually thereafter, in line with the Direct Payments Policy.",
             "Introduce a review schedule on the case management system so that first and annual account reviews are allocated automatically, with monthly exception reports to heads of service.",
             "Head of Service, Adults Finance", D(2025, 6, 30), D(2025, 12, 31), "A",
             "Schedule built in the test environment; go-live delayed by the Mosaic upgrade. Revised date agreed with Internal Audit."),
            ("DP.2", "Medium",
             "Surplus balances held in direct payment accounts should be recovered promptly.",
             "Issue clawback letters for all accounts holding more than 12 weeks' surplus and record recoveries on the debtors ledger.",
             "Direct Payments Team Manager", D(2025, 7, 31), None, "B",
             "Letters issued to 214 recipients; £312k recovered to date. Verified by Internal Audit 14/10/2025."),
        ]),
        ("Highways Contract Management (2024/25)", "Reasonable", [
            ("HW.1", "High",
             "Contract variations should be approved in line with Contract Procedure Rules before works are instructed.",
             "Revise the variation approval form so that budget holder and procurement sign-off is required before any instruction is issued, and brief all contract supervisors.\nDip-sample variations quarterly.",
             "Chief Officer Highways and Transportation", D(2025, 9, 30), D(2026, 1, 31), "A",
             "New form in use from 1 October. First quarterly dip-sample scheduled for January."),
            ("HW.2", "Medium",
             "Performance against contract KPIs should be reported to the contract board.",
             "Add a KPI dashboard to the monthly contract board pack.",
             "Highways Contracts Manager", D(2025, 11, 30), None, "G",
             "Draft dashboard presented to October board; data feed from contractor being finalised."),
        ]),
        ("Cyber Security – Privileged Access (2025/26)", "Limited", [
            ("CY.1", "High",
             "Privileged accounts should be reviewed at least quarterly and leavers' access removed promptly.",
             "Implement a quarterly privileged access review with attestation by system owners, and remove the dormant administrator accounts identified by the audit.",
             "Chief Digital and Information Officer / Head of Cyber Security", D(2025, 10, 31), D(2026, 3, 31), "R",
             "Dormant accounts removed. Attestation process not yet in place – resource diverted to the Windows 11 migration."),
            ("CY.2", "Medium",
             "A complete inventory of service accounts should be maintained.",
             "Complete the service account inventory and assign a named owner to each account.",
             "Head of Cyber Security", D(2025, 12, 31), None, "G",
             "Inventory 70% complete."),
        ]),
        ("School Voluntary Funds – Primary Schools (2024/25)", "Limited", [
            ("SVF.1", "Medium",
             "Voluntary fund accounts should be independently audited each year and the audit certificate sent to the Council.",
             "Write to all maintained schools setting out the requirement, and chase outstanding audit certificates through the Schools Finance Team.",
             "Schools Finance Manager", D(2025, 9, 30), None, "B",
             "Letter issued 8 September; 118 of 121 certificates received. Remaining three escalated to headteachers."),
        ]),
    ]

    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Summary"
    ws0["A1"] = "Leeds City Council – Internal Audit"
    ws0["A1"].font = Font(bold=True, size=14)
    ws0["A2"] = "Follow-up of agreed actions: summary by directorate at 31 October 2025"
    hdr = ["Directorate", "High", "Medium", "Total open", "Of which past original date"]
    header_row(ws0, 4, hdr)
    rows = [("Adults and Health", 1, 0, 1, 1), ("City Development", 1, 1, 2, 1),
            ("Strategy and Resources", 1, 1, 2, 1), ("Children and Families", 0, 0, 0, 0)]
    for i, r in enumerate(rows, start=5):
        for j, v in enumerate(r, start=1):
            ws0.cell(row=i, column=j, value=v).border = BOX
    tot = ws0.cell(row=9, column=1, value="Total")
    tot.font = Font(bold=True)
    for j in range(2, 6):
        c = ws0.cell(row=9, column=j, value=sum(r[j - 1] for r in rows))
        c.font = Font(bold=True)
        c.border = BOX
    ws0["A11"] = "Actions rated B (implemented) are shown on the detail sheet for one reporting cycle and then removed."
    ws0.column_dimensions["A"].width = 30
    for col in "BCDE":
        ws0.column_dimensions[col].width = 16

    ws = wb.create_sheet("Outstanding actions")
    ws["A1"] = "Leeds City Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Audit follow-up – agreed actions outstanding at 31 October 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Appendix B to the report of the Chief Officer Financial Services – Corporate Governance and Audit Committee, 8 December 2025"
    ws["A3"].font = Font(italic=True)
    headers = ["Audit (year)", "Assurance opinion", "Ref", "Priority", "Recommendation", "Agreed action",
               "Responsible officer", "Original target date", "Revised target date", "RAG", "Progress update (October 2025)"]
    header_row(ws, 5, headers)
    r = 6
    expected = []
    for audit, opinion, recs in audits:
        first = r
        for (ref, prio, rec, action, officer, orig, rev, rag, upd) in recs:
            vals = [audit if r == first else None, opinion if r == first else None, ref, prio, rec, action,
                    officer, orig, rev, rag, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if j in (8, 9) and v is not None:
                    c.number_format = "dd/mm/yyyy"
            rc = ws.cell(row=r, column=10)
            rc.fill = {"R": FILL["red"], "A": FILL["amber"], "G": FILL["green"], "B": FILL["blue"]}[rag]
            rc.alignment = Alignment(horizontal="center", vertical="top")
            end = (rev or orig).strftime("%Y-%m")
            status = {"R": "red", "A": "amber", "G": "green", "B": "blue"}[rag]
            expected.append(act(ref, [audit, rec], action, [p.strip() for p in officer.split(" / ")], end, status))
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=1).font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Note: revised target dates have been agreed with the Principal Audit Manager. Actions rated R are reported to the Committee by the responsible Director.").font = Font(italic=True)
    widths = [26, 12, 7, 9, 42, 48, 28, 13, 13, 6, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"

    wk = wb.create_sheet("Key")
    wk["A1"] = "RAG key"
    wk["A1"].font = Font(bold=True)
    key = [("B", "Implemented – verified by Internal Audit", "blue"),
           ("G", "On track to meet target date", "green"),
           ("A", "Revised target date agreed / at risk", "amber"),
           ("R", "Past target date with no agreed revision, or not started", "red")]
    for i, (k, txt, col) in enumerate(key, start=2):
        wk.cell(row=i, column=1, value=k).fill = FILL[col]
        wk.cell(row=i, column=2, value=txt)
    wk["A7"] = "Priority"
    wk["A7"].font = Font(bold=True)
    wk["A8"] = "High"
    wk["B8"] = "Fundamental weakness in control – action required within 3 months"
    wk["A9"] = "Medium"
    wk["B9"] = "Significant weakness – action required within 6 months"
    wk.column_dimensions["B"].width = 70
    wb.save(out(name))

    meta = {
        "source": ("Leeds City Council internal audit follow-up reporting to the Corporate Governance and Audit Committee "
                   "(2025/26, internal audit recommendation tracker; democracy.leeds.gov.uk 'Internal Audit Update Report'). "
                   "Copies a committee-appendix spreadsheet: a Summary sheet of counts by directorate with a totals row, a detail "
                   "sheet with title block, the audit name and assurance opinion merged down the rows of its recommendations, "
                   "recommendation text beside the agreed action, original and revised target dates as real dates, a fill-colour "
                   "cell that also carries the RAG letter (B/G/A/R), a notes line under the table, and a separate Key sheet."),
        "reads": ("A three-sheet workbook; the 'Outstanding actions' sheet lists seven agreed management actions from four audits, "
                  "each audit named once in a merged cell with its assurance opinion. Each action answers the recommendation "
                  "beside it; where a revised target date is given it replaces the original, and the RAG letter gives the status "
                  "(B = implemented)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Internal Audit follow-up – agreed actions outstanding at 31 October 2025",
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Shropshire Council - strategic risk register (xlsx, refuse: "Febuary 2026")
# ---------------------------------------------------------------------------
def shropshire():
    name = "zwq-shropshire-council-strategic-risk-register-2025-26-typo-month-refuse.xlsx"
    risks = [
        ("STR0001", "Inability to set and deliver a balanced budget for 2026/27 and over the medium term",
         "Executive Director (Section 151 Officer)", "5 x 5 = 25",
         "Medium Term Financial Strategy; spend control panel; monthly budget monitoring to Cabinet; savings tracker",
         "5 x 4 = 20", "↔", "12", [
             ("Report delivery of the Financial Recovery Plan savings through the fortnightly savings tracker to Executive Management Board",
              "Assistant Director – Finance", "December 2025", "A"),
             ("Complete the review of the capital programme to reduce prudential borrowing and revenue financing costs",
              "Assistant Director – Finance", "January 2026", "G"),
         ]),
        ("STR0004", "Cyber attack resulting in prolonged loss of systems, data or services",
         "Service Director – Digital", "5 x 5 = 25",
         "Firewalls and endpoint protection; PSN compliance; mandatory cyber training; immutable back-ups",
         "4 x 5 = 20", "↔", "15", [
             ("Complete the migration of remaining on-premise servers to cloud hosting",
              "Head of ICT Infrastructure", "March 2026", "G"),
             ("Run a cyber incident simulation exercise with Executive Management Board",
              "Head of ICT Infrastructure / Risk and Business Continuity Manager", "January 2026", "A"),
         ]),
        ("STR0007", "Failure to meet statutory duties for children and young people with SEND because of rising demand and the high needs deficit",
         "Executive Director – People", "5 x 4 = 20",
         "SEND and Alternative Provision Strategy; High Needs Block recovery plan; weekly EHCP timeliness monitoring",
         "4 x 4 = 16", "↑", "9", [
             ("Open 60 additional specialist places through resourced provision in mainstream schools",
              "Assistant Director – Education and Achievement", "Febuary 2026", "A"),
             ("Agree the deficit management plan with the Department for Education",
              "Assistant Director – Education and Achievement", "June 2026", "A"),
         ]),
        ("STR0009", "Extreme pressures on partners in the health and care system impacting on Shropshire Council",
         "Executive Director – Health, Wellbeing and Prevention", "4 x 4 = 16",
         "Joint Health and Care Partnership Board; Better Care Fund plan; daily system calls during escalation",
         "4 x 4 = 16", "↔", "12", [
             ("Implement the discharge to assess model with NHS Shropshire, Telford and Wrekin",
              "Assistant Director – Adult Social Care Operations", "April 2026", "G"),
             ("Review winter plan arrangements with system partners after the first quarter of winter",
              "Assistant Director – Adult Social Care Operations", "Ongoing", "G"),
         ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risks"
    ws["A1"] = "Shropshire Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Strategic Risk Register 2025/26 – position following the September 2025 bi-annual review"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Risk and Business Continuity Team | Reported to Audit and Governance Committee, 20 November 2025"
    headers = ["Risk ID", "Strategic risk", "Risk owner", "Inherent score (L x I)", "Key controls in place",
               "Current score (L x I)", "Direction of travel", "Further mitigating action", "Action owner",
               "Target date", "Action RAG", "Target score"]
    header_row(ws, 5, headers)
    r = 6
    refuse_row = None
    for rid, risk, owner, inh, controls, cur, dot, target, actions in risks:
        first = r
        for (text, aowner, tdate, rag) in actions:
            if tdate.startswith("Febuary"):
                refuse_row = r
            vals = [rid, risk, owner, inh, controls, cur, dot, text, aowner, tdate, rag, target]
            for j, v in enumerate(vals, start=1):
                if r != first and j in (1, 2, 3, 4, 5, 6, 7, 12):
                    v = None
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=11).fill = {"G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}[rag]
            r += 1
        for col in (1, 2, 3, 4, 5, 6, 7, 12):
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
        score = int(cur.split("= ")[1])
        ws.cell(row=first, column=6).fill = FILL["red"] if score >= 15 else FILL["amber"]
    ws.cell(row=r + 1, column=1, value="Scores: Likelihood (L) x Impact (I), each 1–5. 15–25 High (red); 8–14 Medium (amber); 1–7 Low (green).")
    ws.cell(row=r + 2, column=1, value="Direction of travel: ↑ increased since last review; ↔ no change; ↓ reduced.")
    widths = [10, 38, 24, 12, 40, 12, 10, 46, 30, 14, 8, 9]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    wm = wb.create_sheet("Scoring matrix")
    wm["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    wm["A1"].font = Font(bold=True)
    for i in range(1, 6):
        wm.cell(row=2, column=i + 1, value=f"Impact {i}").font = Font(bold=True)
        wm.cell(row=2 + i, column=1, value=f"Likelihood {6 - i}").font = Font(bold=True)
        for j in range(1, 6):
            s = (6 - i) * j
            c = wm.cell(row=2 + i, column=j + 1, value=s)
            c.fill = FILL["red"] if s >= 15 else (FILL["amber"] if s >= 8 else FILL["green"])
    wb.save(out(name))

    meta = {
        "source": ("Shropshire Council strategic risk reporting to Audit and Governance Committee ('Second line assurance: "
                   "Strategic Risk Update', bi-annual review, 2025; shropshire.gov.uk committee-services). Copies a strategic "
                   "risk register workbook: title block, risk ID and description merged over its further mitigating actions, "
                   "inherent and current L x I scores, direction-of-travel arrows, action owner, a target date written as a "
                   "month in words, an action RAG fill, a scoring note under the table and a Scoring matrix sheet."),
        "reads": ("Four strategic risks, each with two further mitigating actions that have an owner, a target month and a "
                  "RAG. On the STR0007 SEND risk the first action's target date reads 'Febuary 2026' – a mistyped month, "
                  "so a careful reader stops and asks before recording the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": "Strategic Risk Register 2025/26 – position following the September 2025 bi-annual review",
    }
    write_expected(name, meta, None)
    return name, 8


# ---------------------------------------------------------------------------
# 3. Liverpool City Council - Council Plan annual delivery plan (xlsx, read)
# ---------------------------------------------------------------------------
def liverpool():
    name = "zwq-liverpool-city-council-plan-delivery-plan-2025-26.xlsx"
    # (sheet, pillar heading, [ (outcome heading or None, [ (ref, deliverable, portfolio, lead, due, q1, q2, comment, end, end_text) ]) ])
    pillars = [
        ("Pillar 1", "Pillar 1: A strong and fair economy for all", [
            ("1a. More residents supported into good quality jobs", [
                ("1.1", "Publish the Inclusive Economic Growth Strategy delivery plan following public consultation",
                 "Growth and Economy", "Director of Regeneration", "Q3 2025/26", "green", "green",
                 "Consultation closed 31 August; 412 responses analysed. Delivery plan drafted for Cabinet in December.", "2025-12"),
                ("1.2", "Launch the Liverpool Good Employment Charter with 50 accredited employers",
                 "Growth and Economy", "Head of Employment and Skills", "Mar-26", "amber", "amber",
                 "Charter launched in July; 23 employers accredited so far. Targeted campaign with the Chamber planned for Q3.", "2026-03"),
            ]),
        ]),
        ("Pillar 2", "Pillar 2: High quality and inclusive education, skills and employment", [
            ("2a. Higher levels of educational attainment for all children", [
                ("2.1", "Open two additional resourced provisions for pupils with autism in mainstream secondary schools",
                 "Education, Employment and Skills", "Director of Education / Head of SEND Services", "September 2025",
                 "green", "blue", "Both provisions opened on 3 September with 24 places in total.", "2025-09"),
            ]),
            ("2b. More young people in education, employment or training", [
                ("2.2", "Reduce the proportion of 16–17 year olds not in education, employment or training (NEET) through the targeted September Guarantee offer",
                 "Education, Employment and Skills", "Head of Post-16 Participation", "Q4 2025/26", "amber", "red",
                 "September Guarantee offers made to 91% of Year 11 leavers (target 96%). Recovery plan agreed with colleges.", "2026-03"),
            ]),
        ]),
        ("Pillar 3", "Pillar 3: Thriving communities", [
            ("3a. Fewer households living in temporary accommodation", [
                ("3.1", "Deliver 150 additional units of council-controlled temporary accommodation to reduce reliance on hotels and B&B",
                 "Housing", "Director of Housing", "March 2026", "amber", "amber",
                 "64 units secured. Two acquisition schemes delayed by conveyancing.", "2026-03"),
            ]),
            ("3b. Cleaner and greener neighbourhoods", [
                ("3.2", "Roll out the neighbourhood street cleansing model to all 13 neighbourhoods",
                 "Neighbourhoods", "Director of Neighbourhood Services", "Dec-25", "green", "green",
                 "Live in 9 of 13 neighbourhoods; remaining four scheduled October–December.", "2025-12"),
            ]),
        ]),
        ("Pillar 4", "Pillar 4: Healthier lives for children and adults", [
            ("4a. More people supported to live independently at home", [
                ("4.1", "Commission the new home care framework with zoned providers",
                 "Adult Social Care and Health", "Director of Adult Social Care", "Q2 2025/26", "green", "blue",
                 "Framework awarded to 11 providers; all zones live from 1 September.", "2025-09"),
            ]),
            ("4b. High quality support to safeguard children and young people", [
                ("4.2", "Open a further council-run children's home to increase local residential provision",
                 "Children's Social Care", "Director of Children's Services", "Q1 2026/27", "green", "amber",
                 "Property purchased; Ofsted registration application submitted. Registered manager recruitment under way.", "2026-06"),
            ]),
        ]),
        ("Pillar 5", "Pillar 5: A well-connected, sustainable and accessible city", [
            (None, [
                ("5.1", "Approve the Net Zero Action Plan for council assets and direct emissions",
                 "Climate Change and Environment", "Head of Climate Change", "Jan-26", "green", "green",
                 "Draft plan with Climate Change Select Committee in November.", "2026-01"),
                ("5.2", "Complete Phase 2 of the city centre active travel route (Lime Street to the Strand)",
                 "Highways and Transport", "Director of Highways and Public Realm", "Mar-26", "amber", "red",
                 "Utility diversions have added 14 weeks. Revised programme to be reported at Q3.", "2026-03"),
            ]),
        ]),
        ("Pillar 6", "Pillar 6: A well-run council", [
            (None, [
                ("6.1", "Establish the Improvement Committee as a sub-committee of Cabinet and publish the 2025/26 Continuous Improvement Plan",
                 "Leader", "Chief Executive; Director of Strategy and Performance", "Jun-25", "blue", "blue",
                 "Improvement Committee met for the first time on 24 June 2025; plan published.", "2025-06"),
                ("6.2", "Go live with Phase 1 of the new ERP system (finance, HR and payroll)",
                 "Finance and Resources", "Corporate Director of Resources", "April 2026", "amber", "amber",
                 "Data migration trial 2 complete with 3% exceptions; go-live readiness review in January.", "2026-04"),
            ]),
        ]),
    ]

    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Liverpool City Council"
    ov["A1"].font = Font(bold=True, size=14, color="C00000")
    ov["A2"] = "Council Plan 2023–2027: Annual Delivery Plan 2025/26"
    ov["A2"].font = Font(bold=True, size=13)
    ov["A3"] = "Quarter 2 progress report (July – September 2025)"
    ov["A5"] = "RAG key"
    ov["A5"].font = Font(bold=True)
    for i, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track"),
                                    ("amber", "Some slippage – recoverable within the year"),
                                    ("red", "Off track – corrective action needed")], start=6):
        ov.cell(row=i, column=1).fill = FILL[col]
        ov.cell(row=i, column=2, value=txt)
    header_row(ov, 11, ["Pillar", "Deliverables", "Complete", "On track", "Slippage", "Off track"])
    total = [0, 0, 0, 0, 0]
    row = 12
    expected = []
    for sheet, heading, groups in pillars:
        items = [it for _, its in groups for it in its]
        counts = [len(items)] + [sum(1 for it in items if it[6] == c) for c in ("blue", "green", "amber", "red")]
        ov.cell(row=row, column=1, value=heading)
        for j, v in enumerate(counts, start=2):
            ov.cell(row=row, column=j, value=v)
        total = [a + b for a, b in zip(total, counts)]
        row += 1
    ov.cell(row=row, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(total, start=2):
        ov.cell(row=row, column=j, value=v).font = Font(bold=True)
    ov.cell(row=row + 2, column=1, value="Q1 and Q2 columns on each pillar sheet show the RAG by cell colour. Commentary is provided by the lead officer.")
    ov.column_dimensions["A"].width = 62
    ov.column_dimensions["B"].width = 40

    for sheet, heading, groups in pillars:
        ws = wb.create_sheet(sheet)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = PatternFill("solid", fgColor="C00000")
        ws.merge_cells("A1:H1")
        headers = ["Ref", "Key deliverable 2025/26", "Portfolio", "Lead officer", "Due", "Q1", "Q2", "Q2 commentary"]
        header_row(ws, 3, headers)
        r = 4
        for outcome, items in groups:
            if outcome:
                c = ws.cell(row=r, column=1, value=outcome)
                c.font = Font(bold=True)
                c.fill = FILL["pale"]
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
                r += 1
            for (ref, deliv, port, lead, due, q1, q2, comm, end) in items:
                vals = [ref, deliv, port, lead, due, None, None, comm]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                ws.cell(row=r, column=6).fill = FILL[q1]
                ws.cell(row=r, column=7).fill = FILL[q2]
                if " / " in lead:
                    leads = [p.strip() for p in lead.split(" / ")]
                elif "; " in lead:
                    leads = [p.strip() for p in lead.split("; ")]
                else:
                    leads = [lead]
                under = [heading] + ([outcome] if outcome else [])
                expected.append(act(ref, under, deliv, leads, end, q2))
                r += 1
        for col, w in zip("ABCDEFGH", [6, 48, 22, 30, 13, 6, 6, 50]):
            ws.column_dimensions[col].width = w
    wb.save(out(name))

    meta = {
        "source": ("Liverpool City Council, Council Plan 2023–2027 (six strategic pillars) and its published progress "
                   "reporting (liverpool.gov.uk/council/strategies-and-policies/council-plan). Imitates an annual delivery plan "
                   "quarterly monitoring workbook: an Overview sheet with title, colour RAG key and a per-pillar count table with "
                   "totals, then one sheet per pillar with a merged coloured pillar banner, numbered outcome rows merged across "
                   "the table, a portfolio column beside the lead officer, due dates in mixed council styles (Q3 2025/26, Mar-26, "
                   "September 2025) and Q1/Q2 RAG shown only as cell fill colour."),
        "reads": ("Twelve key deliverables spread over six pillar sheets, each under its pillar and (on pillars 1–4) a "
                  "numbered outcome. The Q2 fill colour is the current status, with blue meaning complete per the key; the "
                  "lead is the lead officer column, not the portfolio."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Council Plan 2023–2027: Annual Delivery Plan 2025/26",
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
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
    s.left_margin = s.right_margin = Cm(1.8)


def table_with_header(doc, headers, colour="1F3864"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, colour)
    return t


RAG_HEX = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}


# ---------------------------------------------------------------------------
# 4. Tower Hamlets - Customer Access Programme highlight report (docx, read)
# ---------------------------------------------------------------------------
def tower_hamlets():
    name = "zwq-tower-hamlets-council-customer-access-programme-highlight-report.docx"
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("London Borough of Tower Hamlets")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Customer Access Programme – Highlight Report", level=0)

    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in [("Reporting period", "Period 7: 1–31 October 2025"),
                 ("Senior Responsible Owner", "Director of Customer Services"),
                 ("Programme Manager", "Nasima Begum, Transformation and Change"),
                 ("Report to", "Transformation Board, 12 November 2025"),
                 ("Overall RAG (last period / this period)", "Amber / Amber")]:
        row = cover.add_row().cells
        row[0].text = k
        row[0].paragraphs[0].runs[0].bold = True
        shade(row[0], "D9D9D9")
        row[1].text = v

    doc.add_heading("1. Summary", level=1)
    doc.add_paragraph(
        "The programme remains Amber. The resident account and the Whitechapel customer hub are live and call-back is "
        "now available on council tax and housing benefit lines. The telephony migration has slipped by two months "
        "because of number-porting delays with the incumbent supplier, and adviser recruitment is behind plan.")

    doc.add_heading("2. Programme status", level=1)
    st = table_with_header(doc, ["Dimension", "Last period", "This period", "Comment"])
    for dim, last, this, comm in [("Time", "Amber", "Amber", "Telephony and recruitment milestones re-forecast."),
                                  ("Cost", "Green", "Green", "Forecast £2.41m against budget of £2.45m."),
                                  ("Scope", "Green", "Green", "No change."),
                                  ("Resources", "Amber", "Red", "Two vacant business analyst posts; agency cover requested.")]:
        cells = st.add_row().cells
        for i, v in enumerate([dim, last, this, comm]):
            cells[i].text = v
        shade(cells[1], RAG_HEX[last])
        shade(cells[2], RAG_HEX[this])

    doc.add_heading("3. Milestones and actions by workstream", level=1)
    workstreams = [
        ("Workstream 1: Contact Centre and Telephony", [
            ("CC1", "Migrate the main switchboard and 14 service lines to the cloud telephony platform",
             "Head of Customer Contact", "30/09/2025", "28/11/2025", "Amber",
             "Number porting for 4 lines outstanding with the incumbent supplier; escalated.", "2025-11", "amber"),
            ("CC2", "Introduce a call-back option on the council tax and housing benefit lines",
             "Head of Customer Contact / ICT Service Delivery Manager", "31/10/2025", "31/10/2025", "Complete",
             "Live from 20 October. 1,180 call-backs in first ten days.", "2025-10", "blue"),
            ("CC3", "Recruit and train 12 customer service advisers for the new multi-skilled model",
             "Customer Services Manager", "31/12/2025", "31/01/2026", "Red",
             "7 of 12 appointed. Second recruitment round closes 14 November.", "2026-01", "red"),
        ]),
        ("Workstream 2: Digital Self-Service", [
            ("DS1", "Launch the new resident account with single sign-on for council tax, parking and waste services",
             "Head of Digital Services", "01/12/2025", "01/12/2025", "Green",
             "User acceptance testing complete; soft launch to 2,000 residents planned for 17 November.", "2025-12", "green"),
            ("DS2", "Move 20 high-volume forms to the new forms platform and switch off the legacy forms",
             "Digital Product Manager", "31/03/2026", "", "Green",
             "9 forms migrated. Forecast not changed.", "2026-03", "green"),
            ("DS3", "Complete an accessibility (WCAG 2.2 AA) audit of the top 50 web pages and fix priority issues",
             "Head of Digital Services", "31/01/2026", "27/02/2026", "Amber",
             "Audit supplier start delayed to December.", "2026-02", "amber"),
        ]),
        ("Workstream 3: Face-to-Face Access", [
            ("FF1", "Open the new customer hub on the ground floor of Whitechapel Town Hall",
             "Facilities Manager; Customer Services Manager", "30/06/2025", "30/06/2025", "Complete",
             "Opened 30 June. Average wait 11 minutes in October.", "2025-06", "blue"),
            ("FF2", "Pilot assisted digital support in three Idea Stores",
             "Head of Idea Stores", "Jan-26", "Mar-26", "Amber",
             "Volunteer recruitment with Tower Hamlets Council for Voluntary Service taking longer than planned.", "2026-03", "amber"),
        ]),
    ]
    expected = []
    for ws_name, items in workstreams:
        doc.add_heading(ws_name, level=2)
        t = table_with_header(doc, ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "RAG", "Commentary"])
        for (ref, text, owner, base, fc, rag, comm, end, status) in items:
            cells = t.add_row().cells
            for i, v in enumerate([ref, text, owner, base, fc, rag, comm]):
                cells[i].text = v
            shade(cells[5], RAG_HEX[rag])
            if " / " in owner:
                leads = owner.split(" / ")
            elif "; " in owner:
                leads = owner.split("; ")
            else:
                leads = [owner]
            expected.append(act(ref, [ws_name], text, leads, end, status))
        doc.add_paragraph("")

    doc.add_heading("4. Key risks and issues", level=1)
    for b in ["Supplier number porting delay could push the telephony cut-over into the December peak (council tax reminders).",
              "Vacancies in the business analysis team are slowing process redesign in Workstream 2.",
              "Resident take-up of the new account may be low without a communications campaign (budget not yet confirmed)."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("5. Decisions required from the Board", level=1)
    doc.add_paragraph("The Board is asked to approve the revised forecast dates for CC1, CC3, DS3 and FF2, and to agree "
                      "£35,000 from the programme contingency for the resident account launch campaign.")
    doc.add_heading("6. Planned for next period", level=1)
    for b in ["Soft launch of the resident account (DS1).", "Second recruitment round for advisers (CC3).",
              "Cut-over of the remaining service lines (CC1)."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.save(out(name))

    meta = {
        "source": ("London Borough of Tower Hamlets transformation programme reporting (2025/26, programme highlight report "
                   "to a Transformation Board). Follows the usual council/PRINCE2 highlight report: title, a cover table "
                   "(period, SRO, programme manager, overall RAG last/this period), summary paragraph, a status table of "
                   "time/cost/scope/resources with last and this period RAG, then one milestone table per workstream under its "
                   "own heading with baseline and forecast dates, RAG word in a shaded cell and commentary, followed by risk "
                   "bullets, decisions required and next-period bullets."),
        "reads": ("A Word highlight report whose plan content is eight milestones in three workstream tables (CC, DS, FF refs). "
                  "The forecast date replaces the baseline where given; 'Complete' is done. The status table, risk bullets and "
                  "decisions are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Customer Access Programme – Highlight Report",
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Sheffield Health and Wellbeing Board - action log (docx, read)
# ---------------------------------------------------------------------------
def sheffield():
    name = "zwq-sheffield-health-and-wellbeing-board-action-log.docx"
    doc = Document()
    landscape(doc)
    doc.add_heading("Sheffield Health and Wellbeing Board – Action Log", level=0)
    doc.add_paragraph("Updated 2 October 2025, following the Board meeting held on 25 September 2025.")
    doc.add_paragraph("Actions are removed from the log once they have been reported as complete at a Board meeting. "
                      "Leads are asked to send updates to the Board Business Manager ten working days before each meeting.")

    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for i, (word, meaning) in enumerate([("Green", "On track"), ("Amber", "At risk or delayed"),
                                         ("Red", "Overdue – no update"), ("Complete", "Done – for noting")]):
        c = key.rows[0].cells[i]
        c.text = f"{word} – {meaning}"
        shade(c, RAG_HEX[word])

    cols = ["Ref", "Date raised", "Minute", "Action", "Lead", "Due date", "RAG", "Update"]
    open_actions = [
        ("HWB/25/03", "26/06/2025", "Min. 9", "Circulate the final Better Care Fund 2025/26 submission and the NHS England approval letter to all Board members",
         "Director of Adult Care and Wellbeing; Place Director, NHS South Yorkshire ICB (Sheffield)", "31/07/2025", "Amber",
         "Submission circulated 14 July. Approval letter still awaited from the NHS England regional team.", "2025-07", None, "amber"),
        ("HWB/25/05", "26/06/2025", "Min. 11", "Provide a breakdown of smoking prevalence by ward and ethnicity.\nSet out how the Swap to Stop offer is targeted at the most deprived communities.",
         "Consultant in Public Health (Tobacco Control)", "December 2025", "Green",
         "Data request with the ICB analytics team; paper scheduled for the December meeting.", "2025-12", None, "green"),
        ("HWB/25/08", "25/09/2025", "Min. 6", "Arrange a development session for Board members on the Healthy Weight Declaration before formal adoption",
         "Board Business Manager", "Nov-25", "Green", "Session booked for 20 November.", "2025-11", None, "green"),
        ("HWB/25/09", "25/09/2025", "Min. 7", "Publish the final Pharmaceutical Needs Assessment on the Council website and notify NHS England",
         "Public Health Intelligence Manager", "01/10/2025", "Complete", "Published 1 October 2025.", "2025-10", None, "blue"),
        ("HWB/25/10", "25/09/2025", "Min. 8", "Each partner organisation to nominate a senior lead for each ambition in the Joint Health and Wellbeing Strategy and report progress at development sessions",
         "All Board members", "Ongoing", "Amber", "Nominations received from 6 of 9 partners.", None, "Ongoing", "amber"),
    ]
    closed_actions = [
        ("HWB/25/01", "27/03/2025", "Min. 12", "Share the Real-Time Surveillance suicide data summary with Board members",
         "Director of Public Health", "June 2025", "Complete", "Shared 4 June 2025.", "2025-06", None, "blue"),
        ("HWB/25/04", "26/06/2025", "Min. 10", "Respond in writing to the Healthwatch Sheffield recommendations on access to GP appointments",
         "Place Director, NHS South Yorkshire ICB (Sheffield)", "Aug-25", "Complete", "Response sent 28 August and published on the Healthwatch website.", "2025-08", None, "blue"),
    ]
    expected = []
    for heading, rows in [("Open actions", open_actions),
                          ("Actions completed since the last meeting (for noting)", closed_actions)]:
        doc.add_heading(heading, level=2)
        t = table_with_header(doc, cols, colour="005EB8")
        for (ref, raised, minute, action, lead, due, rag, upd, end, end_text, status) in rows:
            cells = t.add_row().cells
            for i, v in enumerate([ref, raised, minute, action, lead, due, rag, upd]):
                cells[i].text = v
            shade(cells[6], RAG_HEX[rag])
            expected.append(act(ref, [], action, lead.split("; "), end, status, end_text))
    doc.add_paragraph("")
    doc.add_paragraph("Board Business Manager, Sheffield City Council – Public Health, Town Hall, Sheffield S1 2HH")
    doc.save(out(name))

    meta = {
        "source": ("Sheffield Health and Wellbeing Board (Sheffield City Council and NHS South Yorkshire ICB), action log "
                   "taken to Board meetings in 2025. Copies a committee action log in Word: board name and 'Action Log' title, "
                   "an updated-on line and a note on how actions are removed, a one-row colour key table, then two tables – "
                   "open actions and actions completed since the last meeting – with ref, date raised, minute number, action, "
                   "lead (two posts in one cell separated by a semicolon), due date in mixed styles, shaded RAG word and update."),
        "reads": ("Seven Board actions: five open and two completed-for-noting, each with a ref, lead, due date and RAG word. "
                  "One open action is ongoing with no end month; 'Complete' actions are done. The key table is not part of the log."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Sheffield Health and Wellbeing Board – Action Log",
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Solihull MBC - internal audit recommendations tracker (csv export, read)
# ---------------------------------------------------------------------------
def solihull():
    name = "zwq-solihull-mbc-internal-audit-recommendations-tracker.csv"
    header = ["Audit Title", "Audit Year", "Assurance", "Rec Ref", "Priority", "Recommendation", "Agreed Action",
              "Action Owner", "Due Date", "Revised Due Date", "RAG Status", "Latest Note", "Last Updated"]
    rows = [
        ("Council Tax Single Person Discount", "2024/25", "Limited", "2425-14/R1", "High",
         "A data-matching review of single person discounts should be carried out at least annually.",
         "Procure an annual single person discount review using National Fraud Initiative data and a credit reference agency, and cancel discounts where occupancy cannot be confirmed.",
         "Head of Revenues and Benefits", "31/03/2025", "30/11/2025", "Amber",
         "Review data received; 1,402 cases under investigation.", "21/10/2025", ["Head of Revenues and Benefits"], "2025-11", "amber"),
        ("Council Tax Single Person Discount", "2024/25", "Limited", "2425-14/R2", "Medium",
         "Discounts should only be awarded on a completed application.",
         "Remind staff of the evidence requirement and add a mandatory document check to the Northgate workflow.",
         "Paterson, Claire", "30/06/2025", "", "Completed",
         "Workflow change live 02/06/2025.", "04/06/2025", ["Paterson, Claire"], "2025-06", "blue"),
        ("Home to School Transport", "2024/25", "Limited", "2425-19/R1", "High",
         "Eligibility decisions should be documented and discretionary awards independently checked.",
         "1) Introduce a second-officer check for all discretionary awards.\n2) Record the eligibility rationale on the transport database for every award.",
         "Khan, Imran; Doyle, Sarah", "31/08/2025", "31/01/2026", "Red",
         "Second-officer check in place. Database change not yet scheduled by supplier.", "29/10/2025", ["Khan, Imran", "Doyle, Sarah"], "2026-01", "red"),
        ("Home to School Transport", "2024/25", "Limited", "2425-19/R2", "Medium",
         "Route costs should be reviewed before contracts are re-let.",
         "Complete the route optimisation exercise ahead of the September 2026 re-tender.",
         "Passenger Transport Manager", "30/06/2026", "", "Green",
         "Consultant appointed.", "15/10/2025", ["Passenger Transport Manager"], "2026-06", "green"),
        ("Payroll", "2025/26", "Reasonable", "2526-03/R1", "Medium",
         "Salary overpayments should be identified and recovered promptly.",
         "Produce a monthly overpayments report and agree repayment plans within 30 days of identification.",
         "Payroll Manager", "31/10/2025", "", "Completed",
         "First report produced for September payroll.", "30/10/2025", ["Payroll Manager"], "2025-10", "blue"),
        ("Payroll", "2025/26", "Reasonable", "2526-03/R2", "Low",
         "Starter forms should be fully completed before the first payment.",
         "Update the starter checklist and reject incomplete forms back to the recruiting manager.",
         "HR Operations Lead", "31/12/2025", "", "Not Started",
         "", "", ["HR Operations Lead"], "2025-12", "unrated"),
        ("IT Asset Management", "2025/26", "Limited", "2526-07/R1", "High",
         "A complete and accurate IT asset register should be maintained.",
         "Reconcile the asset register to the device management console and recover or write off unlocated laptops.",
         "Head of ICT Infrastructure", "31/01/2026", "", "Green",
         "Reconciliation started; 61 devices unlocated.", "27/10/2025", ["Head of ICT Infrastructure"], "2026-01", "green"),
        ("IT Asset Management", "2025/26", "Limited", "2526-07/R2", "Medium",
         "Devices should be returned when staff leave.",
         "Link the leavers process in the HR system to an automatic device return request.",
         "Head of ICT Infrastructure / HR Systems Manager", "31/03/2026", "", "Amber",
         "Dependent on HR system release in February.", "27/10/2025", ["Head of ICT Infrastructure", "HR Systems Manager"], "2026-03", "amber"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Solihull Metropolitan Borough Council - Internal Audit Recommendations Tracker"])
    w.writerow(["Report run 03/11/2025 09:14; filter: all open recommendations and those closed in the last 90 days"])
    w.writerow([])
    w.writerow(header)
    expected = []
    for r in rows:
        w.writerow(r[:13])
        audit, year = r[0], r[1]
        expected.append(act(r[3], [audit, r[5]], r[6], r[13], r[14], r[15]))
    w.writerow([])
    w.writerow(["8 records"])
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    meta = {
        "source": ("Solihull Metropolitan Borough Council internal audit recommendation follow-up reported to Audit Committee "
                   "(2025/26, internal audit recommendation tracker). Imitates an audit-management system CSV export: a report "
                   "title line and a run/filter line, blank line, one header row, one row per recommendation with the audit title "
                   "repeated on each row, recommendation beside the agreed action, owners as 'Surname, Forename', due and revised "
                   "due dates dd/mm/yyyy, RAG status words, a quoted multi-line agreed action, and a record-count line at the end."),
        "reads": ("Eight agreed actions from four audits, each answering the recommendation on its row. A revised due date, "
                  "where present, replaces the due date; 'Paterson, Claire' is one person and 'Khan, Imran; Doyle, Sarah' two; "
                  "'Completed' is done and 'Not Started' is unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Solihull Metropolitan Borough Council - Internal Audit Recommendations Tracker",
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. London Borough of Barnet - Audit Committee action log (tab-separated txt, read)
# ---------------------------------------------------------------------------
def barnet():
    name = "zwq-barnet-council-audit-committee-action-log.txt"
    rows = [
        ("AC/25/07", "24/07/2025",
         "Provide members with a briefing note on the external auditor's value for money recommendation on the Dedicated Schools Grant deficit",
         "Executive Director of Resources (S151)", "30/09/2025", "Complete", "Briefing note circulated 19/09/2025.",
         ["Executive Director of Resources (S151)"], "2025-09", None, "blue"),
        ("AC/25/09", "24/07/2025",
         "Report the outcome of the follow-up audit of temporary accommodation procurement to committee",
         "Head of Internal Audit and Anti-Fraud", "November 2025", "Amber", "Fieldwork under way.",
         ["Head of Internal Audit and Anti-Fraud"], "2025-11", None, "amber"),
        ("AC/25/12", "06/10/2025",
         "Review the corporate risk register entry for cyber security so that it:\n- includes third-party supplier risk\n- reflects the outcome of the LGA Cyber 360 review",
         "Chief Digital Officer / Head of Risk Management", "Jan-26", "Green", "Draft wording agreed with the Chief Digital Officer.",
         ["Chief Digital Officer", "Head of Risk Management"], "2026-01", None, "green"),
        ("AC/25/13", "06/10/2025",
         "Bring the revised Anti-Fraud, Bribery and Corruption Strategy to committee for approval",
         "Head of Internal Audit and Anti-Fraud", "Q4 2025/26", "Green", "",
         ["Head of Internal Audit and Anti-Fraud"], "2026-03", None, "green"),
        ("AC/25/15", "20/11/2025",
         "Circulate the action plan responding to the External Quality Assessment of Internal Audit against the Global Internal Audit Standards",
         "Head of Internal Audit and Anti-Fraud", "31/12/2025", "Complete", "Circulated 05/12/2025.",
         ["Head of Internal Audit and Anti-Fraud"], "2025-12", None, "blue"),
        ("AC/25/16", "20/11/2025",
         "Executive Directors to attend committee to explain any high-priority internal audit recommendation that is more than three months overdue",
         "Chief Executive", "Ongoing", "Green", "Standing item from January 2026.",
         ["Chief Executive"], None, "Ongoing", "green"),
        ("AC/25/17", "20/11/2025",
         "Arrange training for committee members on the Statement of Accounts before the 2024/25 accounts are presented",
         "Director of Finance (Deputy S151)", "February 2026", "Not started", "",
         ["Director of Finance (Deputy S151)"], "2026-02", None, "unrated"),
    ]

    def cell(v):
        if "\n" in v or "\t" in v or '"' in v:
            return '"' + v.replace('"', '""') + '"'
        return v

    lines = ["London Borough of Barnet – Audit Committee Action Log",
             "Updated for the meeting of 20 January 2026",
             "",
             "\t".join(["No.", "Meeting", "Action", "Responsible officer", "Deadline", "Status", "Comment"])]
    expected = []
    for r in rows:
        lines.append("\t".join(cell(v) for v in r[:7]))
        expected.append(act(r[0], [], r[2], r[7], r[8], r[10], r[9]))
    lines += ["",
              "Status key: Green – on track; Amber – at risk; Red – overdue; Complete – done, to be removed after this meeting.",
              "Open actions: 5    Completed since last meeting: 2"]
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    meta = {
        "source": ("London Borough of Barnet Audit Committee action log (2025/26), as pasted from the committee's Excel action "
                   "tracker into a plain text file. Copies a committee action log: a title line and an updated-for line, a tab-separated header, one "
                   "line per action with number, meeting date, action, responsible officer, deadline in mixed styles (dd/mm/yyyy, "
                   "November 2025, Jan-26, Q4 2025/26, Ongoing), status word and comment; one action cell carries line breaks and "
                   "so is wrapped in double quotes by Excel; a status key line and a totals line close the file."),
        "reads": ("Seven Audit Committee actions in a tab-separated list, each with an owner and a deadline; one is ongoing with "
                  "no end month. 'Chief Digital Officer / Head of Risk Management' is two posts; the multi-line cyber action is one "
                  "action. The key and totals lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "London Borough of Barnet – Audit Committee Action Log",
    }
    write_expected(name, meta, expected)
    return name, len(expected)


if __name__ == "__main__":
    for fn in (leeds, shropshire, liverpool, tower_hamlets, sheffield, solihull, barnet):
        n, k = fn()
        print(f"{n}: {k} actions")
