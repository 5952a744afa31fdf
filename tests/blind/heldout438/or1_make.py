"""Build the seven or1- blind test files (set heldout438).

Run with /work/main/.venv/bin/python or1_make.py ; writes into the folder of this script.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAGFILL = {
    "R": fill("FF0000"), "A": fill("FFC000"), "G": fill("00B050"), "B": fill("0070C0"),
}


def p(name):
    return os.path.join(HERE, name)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. PBNI - CJI inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def make_pbni():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Probation Board for Northern Ireland"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Action Plan in response to the CJI Inspection of Probation Practice in Northern Ireland"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Progress report to the Board – December 2023"
    cov["A5"] = "Document control"
    cov["A5"].font = BOLD
    rows = [
        ("Version", "Date", "Author", "Comment"),
        ("1.0", "10/06/2021", "Head of Business Improvement", "Action plan submitted to CJI"),
        ("2.3", "18/09/2023", "Head of Business Improvement", "Update to Board – September 2023"),
        ("2.4", "11/12/2023", "Head of Business Improvement", "Update to Board – December 2023"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = BOLD
                c.fill = fill("D9D9D9")
    cov["A11"] = "Owner: Chief Executive.  Reporting: Board (quarterly) and Audit and Risk Assurance Committee."
    for col, w in zip("ABCD", (12, 14, 32, 40)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws.merge_cells("A1:H1")
    ws["A1"] = "Action Plan in response to the CJI Inspection of Probation Practice in Northern Ireland"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Progress as at 11 December 2023 (RAG key on the ‘RAG Key’ sheet)"
    heads = ["Ref", "Recommendation / Action", "Lead", "Original target date",
             "Revised target date", "Progress update – December 2023",
             "RAG Sept 2023", "RAG Dec 2023"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX

    r = 5

    def section(text):
        nonlocal r
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=text)
        c.font = Font(bold=True, size=12)
        c.fill = fill("BDD7EE")
        r += 1

    def rec(ref, text):
        nonlocal r
        a = ws.cell(row=r, column=1, value=ref)
        a.font = BOLD
        a.fill = fill("DEEAF6")
        a.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        c = ws.cell(row=r, column=2, value=text)
        c.font = Font(bold=True, italic=True)
        c.fill = fill("DEEAF6")
        c.alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1

    def act(ref, text, lead, orig, rev, prog, prev, cur):
        nonlocal r
        vals = [ref, text, lead, orig, rev, prog, prev, cur]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        for j, v in ((7, prev), (8, cur)):
            c = ws.cell(row=r, column=j)
            c.alignment = Alignment(horizontal="center", vertical="top")
            if v in RAGFILL:
                c.fill = RAGFILL[v]
                c.font = Font(bold=True, color="FFFFFF" if v in "RB" else "000000")
        r += 1

    section("Strategic Recommendations")
    rec("SR1", "Within six months of the publication of this report the PBNI should develop and "
        "implement an action plan to address staff concerns about organisational culture, trust "
        "and the visibility of senior leaders.")
    act("SR1.1", "Commission an independent staff survey and publish the results, and an agreed "
        "SMT response, to all staff.", "Head of Human Resources", d(2023, 3, 31), None,
        "Survey completed January 2023 (58% response rate). Results and SMT response issued to "
        "all staff on 14 March 2023.", "B", "B")
    act("SR1.2", "Establish a Staff Engagement Forum chaired by the Chief Executive, meeting "
        "quarterly, with representation from every area team and the recognised trade unions.",
        "Chief Executive", d(2023, 6, 30), None,
        "Forum established April 2023; met in April, July and October. Terms of reference "
        "published on the intranet.", "G", "B")
    act("SR1.3", "Deliver a programme of SMT visits to every area office and publish a summary "
        "of issues raised and action taken (‘You said, we did’).",
        "Director of Operations / Director of Rehabilitation", d(2023, 9, 30), d(2024, 3, 31),
        "14 of 22 offices visited. Remaining visits scheduled January–March 2024; first "
        "‘You said, we did’ bulletin issued November 2023.", "A", "G")
    rec("SR2", "The PBNI should review its quality assurance framework so that first line "
        "managers have sufficient time and support to quality assure risk of serious harm "
        "assessments and risk management plans.")
    act("SR2.1", "Revise the Quality Assurance Framework and Practice Standards, including a "
        "minimum number of cases to be quality assured by each Area Manager every quarter.",
        "Assistant Director (Public Protection)", d(2023, 12, 31), d(2024, 6, 30),
        "Draft framework consulted on with Area Managers and NIAPO. Revised date agreed by "
        "SMT to allow alignment with the new case management system.", "A", "A")
    act("SR2.2", "Review Area Manager workload weighting so that quality assurance activity is "
        "included in workload allocation.", "Head of Business Improvement", d(2024, 3, 31), None,
        "Procurement of a workload measurement tool has been delayed. Options paper to SMT in "
        "January 2024.", "A", "R")
    rec("SR3", "The PBNI, in conjunction with the Department of Justice, should develop a "
        "workforce plan that addresses recruitment, retention and the balance of experience "
        "across area teams.")
    act("SR3.1", "Complete a workforce plan for 2023-2026, approved by the Board and shared "
        "with the Department of Justice.", "Director of Corporate Services", d(2023, 9, 30),
        d(2024, 1, 31), "Workforce Plan 2023-2026 approved by the Board on 27 November 2023 and "
        "issued to DoJ on 4 December 2023.", "A", "B")
    act("SR3.2", "Introduce a structured induction and two-year development pathway for newly "
        "qualified Probation Officers.", "Head of Learning and Development", d(2024, 3, 31), None,
        "Pathway designed with Ulster University; first cohort (12 officers) started "
        "October 2023.", "G", "G")

    section("Operational Recommendations")
    rec("OR1", "Risk of serious harm assessments should be completed within the timescales set "
        "out in PBNI practice standards and should take account of all available information, "
        "including information held by partner agencies.")
    act("OR1.1", "Issue revised practice guidance on the use of PSNI, Social Services and PPANI "
        "information in risk of serious harm assessments, supported by practice workshops for "
        "all Probation Officers.", "Assistant Director (Public Protection)", d(2023, 10, 31), None,
        "Guidance issued September 2023. 21 workshops delivered to 284 staff.", "G", "B")
    act("OR1.2", "Introduce a monthly compliance report on the timeliness of risk assessments for "
        "Area Managers, with exceptions reported to the Operations Group.",
        "Head of Information and Research", d(2023, 12, 31), None,
        "Report built; data quality issues in two areas being resolved before roll-out.",
        "G", "A")
    rec("OR2", "Home visits should be used consistently in cases assessed as presenting a "
        "significant risk of serious harm or where there are child safeguarding concerns.")
    act("OR2.1", "Amend the Case Management Standards to require a home visit within 20 working "
        "days of commencement in all domestic abuse and child safeguarding cases.",
        "Director of Operations", d(2024, 6, 30), None,
        "Draft standard agreed at Operations Group; staff side consultation under way.", None, "G")
    act("OR2.2", "Audit a sample of 60 cases six months after implementation and report the "
        "findings to the Board.", "Head of Business Improvement / Area Managers",
        d(2024, 12, 31), None, "Not yet started – dependent on OR2.1.", None, None)

    r += 1
    ws.cell(row=r, column=1, value="Summary at December 2023").font = BOLD
    r += 1
    for lab, n in (("Complete (B)", 4), ("On track (G)", 3), ("Some slippage (A)", 2),
                   ("Significant delay (R)", 1), ("Not started", 1), ("Total actions", 11)):
        ws.cell(row=r, column=1, value=lab)
        ws.cell(row=r, column=3, value=n)
        r += 1
    for col, w in zip("ABCDEFGH", (8, 60, 30, 14, 14, 50, 10, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG Key"
    key["A1"].font = BOLD
    for i, (k, t) in enumerate((("B", "Complete"), ("G", "On track to be delivered by the target date"),
                                ("A", "Some slippage – revised date agreed or at risk"),
                                ("R", "Significant delay – will not be delivered without intervention"))):
        c = key.cell(row=3 + i, column=1, value=k)
        c.fill = RAGFILL[k]
        key.cell(row=3 + i, column=2, value=t)
    key.column_dimensions["B"].width = 60
    wb.save(p("or1-probation-board-for-northern-ireland-cjini-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. SSSC - audit recommendations tracker (xlsx, several sheets)
# ---------------------------------------------------------------------------
STATUS_FILL = {"Complete": fill("9BC2E6"), "On track": fill("C6EFCE"),
               "At risk": fill("FFEB9C"), "Overdue": fill("FFC7CE"), "Not started": fill("EDEDED")}


def make_sssc():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Scottish Social Services Council – Audit Recommendations Tracker"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit and Assurance Committee, 20 November 2025 – position at 31 October 2025"
    s["A4"] = "Open and closed recommendations by source"
    s["A4"].font = BOLD
    hdr = ["Source", "Complete", "On track", "At risk", "Overdue", "Not started", "Total"]
    data = [["Internal audit (Azets)", 1, 3, 1, 0, 1, 6],
            ["External audit (Audit Scotland)", 1, 2, 0, 0, 0, 3],
            ["Total", 2, 5, 1, 0, 1, 9]]
    for j, h in enumerate(hdr, 1):
        c = s.cell(row=5, column=j, value=h)
        c.font = BOLD
        c.fill = fill("D9E1F2")
        c.border = BOX
    for i, row in enumerate(data):
        for j, v in enumerate(row, 1):
            c = s.cell(row=6 + i, column=j, value=v)
            c.border = BOX
            if i == 2:
                c.font = BOLD
    s["A11"] = "Status key"
    s["A11"].font = BOLD
    for i, (k, t) in enumerate((("Complete", "Action implemented and evidence provided – proposed for closure"),
                                ("On track", "Action progressing and expected by the due date"),
                                ("At risk", "Action will not be met by the original date – revised date agreed"),
                                ("Overdue", "Due date passed without a revised date being agreed"),
                                ("Not started", "Action not yet started (not yet due)"))):
        c = s.cell(row=12 + i, column=1, value=k)
        c.fill = STATUS_FILL[k]
        s.cell(row=12 + i, column=2, value=t)
    s["A18"] = "Grading (internal audit): Grade 4 very high risk; Grade 3 high risk; Grade 2 moderate risk; Grade 1 low risk."
    s.column_dimensions["A"].width = 34
    s.column_dimensions["B"].width = 12

    ia = wb.create_sheet("Internal Audit")
    ia["A1"] = "Internal audit recommendations (Azets)"
    ia["A1"].font = Font(bold=True, size=12)
    cols = ["Audit report", "Ref", "Grade", "Recommendation", "Management action",
            "Responsible officer", "Due date", "Revised due date", "Status", "Update (October 2025)"]
    for j, h in enumerate(cols, 1):
        c = ia.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("305496")
        c.alignment = WRAP
        c.border = BOX
    rows = [
        ("Cyber Resilience (Report 2024/25-03)", [
            ("1.1", "Grade 3",
             "The SSSC should update its cyber incident response plan and test it through a "
             "desktop exercise involving the Executive Leadership Team.",
             "Cyber incident response plan to be updated to reflect the new managed security "
             "service and tested through a desktop exercise with ELT.",
             "Head of Digital", d(2025, 3, 31), d(2025, 9, 30), "Complete",
             "Desktop exercise held on 11 September 2025. Lessons learned log presented to ELT."),
            ("1.2", "Grade 2",
             "Privileged access accounts should be reviewed at least quarterly and the review "
             "evidenced.",
             "Introduce a quarterly privileged access review, signed off by the Head of Digital, "
             "with evidence retained on the ICT governance SharePoint site.",
             "Head of Digital; Digital Infrastructure Manager", d(2025, 6, 30), d(2025, 12, 31),
             "On track",
             "Reviews completed for June and September. Closure proposed after the December review."),
        ]),
        ("Fitness to Practise Case Management (Report 2024/25-05)", [
            ("2.1", "Grade 3",
             "Management should set and monitor interim targets for each stage of the fitness to "
             "practise process so that delays are identified at an early stage.",
             "Introduce stage targets for screening, investigation and decision, reported monthly "
             "to the Regulation Leadership Team.",
             "Director of Fitness to Practise", d(2025, 9, 30), d(2026, 1, 31), "At risk",
             "Targets agreed. Reporting depends on changes to the case management system, now "
             "scheduled for December."),
            ("2.2", "Grade 2",
             "Case files should record the rationale for each decision to seek an extension of an "
             "interim order.",
             "Update the case management guidance and case file checklist to require a recorded "
             "rationale for every interim order extension.",
             "Head of Legal Services", d(2025, 12, 31), None, "On track",
             "Guidance drafted; to be issued following Regulation Leadership Team on 3 December."),
        ]),
        ("Payroll and Expenses (Report 2025/26-01)", [
            ("3.1", "Grade 1",
             "Expense claims should be authorised within the timescale set out in the Expenses "
             "Policy.",
             "Issue a reminder to all budget holders and introduce a monthly report of claims "
             "awaiting authorisation for more than 30 days.",
             "Finance Manager", d(2026, 1, 31), None, "Not started", ""),
            ("3.2", "Grade 2",
             "Starters and leavers should be processed in the payroll system before the monthly "
             "cut-off, supported by a checklist signed off by Human Resources.",
             "Agree a joint HR and Payroll starters and leavers checklist with a monthly "
             "reconciliation to the establishment list.",
             "Head of Human Resources / Finance Manager", d(2026, 3, 31), None, "On track",
             "Checklist in use from October payroll; first reconciliation due November."),
        ]),
    ]
    r = 4
    for report, acts in rows:
        start = r
        for a in acts:
            vals = [report if r == start else None] + list(a)
            for j, v in enumerate(vals, 1):
                c = ia.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ia.cell(row=r, column=9).fill = STATUS_FILL[a[7]]
            r += 1
        ia.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ia.cell(row=start, column=1).font = BOLD
    for col, w in zip("ABCDEFGHIJ", (26, 6, 9, 45, 45, 28, 12, 12, 12, 45)):
        ia.column_dimensions[col].width = w

    ea = wb.create_sheet("External Audit")
    ea["A1"] = "External audit recommendations (Audit Scotland)"
    ea["A1"].font = Font(bold=True, size=12)
    cols = ["No.", "Recommendation", "Agreed management action", "Responsible officer",
            "Target date", "Status", "Progress"]
    for j, h in enumerate(cols, 1):
        c = ea.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("305496")
        c.border = BOX
    ea.merge_cells("A4:G4")
    ea["A4"] = "2024/25 Annual Audit Report (Audit Scotland, October 2025)"
    ea["A4"].font = BOLD
    ea["A4"].fill = fill("D9E1F2")
    ext = [
        ("1", "The SSSC should update its medium-term financial plan to show how the forecast "
         "funding gap from 2026/27 will be closed.",
         "Medium-term financial plan 2026-2029 to be presented to Council with savings options "
         "and scenario modelling.", "Director of Finance and Resources", "March 2026", "On track",
         "Scenario modelling shared with Scottish Government sponsor team; savings options to "
         "Council workshop in January."),
        ("2", "The SSSC should publish Council and committee papers within the timescale set out "
         "in its Standing Orders.",
         "Introduce a publication schedule monitored by the Governance team and report compliance "
         "in the annual governance statement.", "Head of Governance", "December 2025", "Complete",
         "Schedule in place from September 2025; all papers since then published on time."),
        ("3", "Management should reconcile the fixed asset register to the general ledger each "
         "quarter.",
         "Quarterly reconciliation to be completed by Finance and reviewed by the Finance "
         "Manager.", "Finance Manager", "Quarterly", "On track",
         "Q2 reconciliation completed and reviewed."),
    ]
    for i, row in enumerate(ext):
        for j, v in enumerate(row, 1):
            c = ea.cell(row=5 + i, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
        ea.cell(row=5 + i, column=6).fill = STATUS_FILL[row[5]]
    ea["A9"] = "Recommendations from the 2023/24 Annual Audit Report were all closed by the Committee in May 2025."
    for col, w in zip("ABCDEFG", (6, 45, 45, 30, 14, 12, 45)):
        ea.column_dimensions[col].width = w
    wb.save(p("or1-sssc-audit-recommendations-tracker-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Transport for Wales - corporate risk register (xlsx) - REFUSE (row 9: Febuary 2026)
# ---------------------------------------------------------------------------
def make_tfw():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws.merge_cells("A1:O1")
    ws["A1"] = "Transport for Wales – Corporate Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("C8102E")
    ws.merge_cells("A2:O2")
    ws["A2"] = "Quarter 2 position – reported to the Audit and Risk Assurance Committee, 13 November 2025"
    single = {1: "Risk ID", 2: "Risk title and description", 3: "Risk owner", 10: "Trend",
              11: "Target score", 12: "Further mitigating actions", 13: "Action owner",
              14: "Target date", 15: "Action status"}
    for col, h in single.items():
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
        ws.cell(row=4, column=col, value=h)
    ws.merge_cells("D4:F4")
    ws["D4"] = "Inherent risk"
    ws.merge_cells("G4:I4")
    ws["G4"] = "Current risk"
    for col, h in zip(range(4, 10), ["L", "I", "Score", "L", "I", "Score"]):
        ws.cell(row=5, column=col, value=h)
    for rr in (4, 5):
        for col in range(1, 16):
            c = ws.cell(row=rr, column=col)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("404040")
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            c.border = BOX
    risks = [
        ("TfW-CR01", "Rail service performance\nFailure to run timetabled services reliably because of "
         "fleet availability, infrastructure faults or traincrew shortages, leading to poor customer "
         "experience and loss of revenue.", "Chief Operating Officer", (5, 5), (4, 4), "↔", 9, [
            ("Complete the Class 197 fleet reliability modification programme with CAF and Porterbrook.",
             "Fleet Director", "Mar 2026", "On track"),
            ("Recruit and train 60 additional drivers to remove the dependency on rest-day working.",
             "Operations Director", "Dec 2025", "On track"),
            ("Agree a joint performance improvement plan with Network Rail Wales and Borders route.",
             "Chief Operating Officer", "Sept 2025", "Complete"),
        ]),
        ("TfW-CR02", "Cyber security\nA cyber attack or major ICT failure results in the loss of "
         "critical systems (ticketing, control, customer information) and data.",
         "Chief Information Officer", (4, 5), (3, 5), "↑", 10, [
            ("Complete the Security Information and Event Management (SIEM) roll-out across the rail "
             "and corporate networks.", "Head of Cyber Security", "Febuary 2026", "On track"),
            ("Hold a board-level cyber incident exercise with the National Cyber Security Centre.",
             "Chief Information Officer", "Jan 2026", "Not started"),
        ]),
        ("TfW-CR03", "Funding\nThe Welsh Government settlement for 2026/27 is insufficient to "
         "sustain current service levels and the capital programme.", "Chief Financial Officer",
         (4, 5), (4, 4), "↔", 12, [
            ("Submit multi-year funding scenarios to Welsh Government as part of the 2026/27 budget "
             "process.", "Chief Financial Officer", "Oct 2025", "Complete"),
            ("Deliver £12m in-year savings through the Business Efficiency Programme.",
             "Finance Director", "Mar 2026", "At risk"),
        ]),
        ("TfW-CR04", "Core Valley Lines transformation\nDelay to completion of the CVL "
         "electrification and South Wales Metro works affects the introduction of new services.",
         "Infrastructure Director", (4, 4), (3, 4), "↓", 8, [
            ("Complete energisation and testing of the overhead line equipment on the Rhymney line.",
             "Programme Director, CVL", "Jun 2026", "On track"),
            ("Agree a revised possession strategy with freight operators for the 2026 works.",
             "Head of Planning, CVL", "Dec 2025", "On track"),
        ]),
    ]
    sfill = {"On track": fill("C6EFCE"), "Complete": fill("9BC2E6"), "At risk": fill("FFEB9C"),
             "Not started": fill("FFFFFF")}

    def scorefill(v):
        return fill("FF0000") if v >= 15 else fill("FFC000") if v >= 8 else fill("92D050")

    r = 6
    for rid, title, owner, inh, cur, trend, target, acts in risks:
        start = r
        for text, aowner, date, status in acts:
            ws.cell(row=r, column=12, value=text)
            ws.cell(row=r, column=13, value=aowner)
            ws.cell(row=r, column=14, value=date)
            ws.cell(row=r, column=15, value=status).fill = sfill[status]
            r += 1
        end = r - 1
        vals = {1: rid, 2: title, 3: owner, 4: inh[0], 5: inh[1], 6: inh[0] * inh[1],
                7: cur[0], 8: cur[1], 9: cur[0] * cur[1], 10: trend, 11: target}
        for col, v in vals.items():
            ws.cell(row=start, column=col, value=v)
            if end > start:
                ws.merge_cells(start_row=start, start_column=col, end_row=end, end_column=col)
        ws.cell(row=start, column=6).fill = scorefill(inh[0] * inh[1])
        ws.cell(row=start, column=9).fill = scorefill(cur[0] * cur[1])
        ws.cell(row=start, column=11).fill = scorefill(target)
        ws.cell(row=start, column=1).font = BOLD
        for rr in range(start, end + 1):
            for col in range(1, 16):
                c = ws.cell(row=rr, column=col)
                c.border = BOX
                c.alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Notes:").font = BOLD
    ws.cell(row=r + 1, column=1, value="L = likelihood, I = impact, each scored 1-5; score = L x I "
            "(see ‘Scoring matrix’ sheet).")
    ws.cell(row=r + 2, column=1, value="Trend since Q1: ↑ increasing  ↓ decreasing  ↔ no change.")
    ws.cell(row=r + 3, column=1, value="Risks TfW-CR05 to TfW-CR11 are reported in the closed "
            "session of the Committee.")
    for col, w in zip(range(1, 16), (11, 42, 22, 4, 4, 7, 4, 4, 7, 7, 8, 50, 26, 13, 13)):
        ws.column_dimensions[get_column_letter(col)].width = w

    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Risk scoring matrix (likelihood x impact)"
    m["A1"].font = BOLD
    m["A3"] = "Impact / Likelihood"
    for i in range(1, 6):
        m.cell(row=3, column=1 + i, value=i).font = BOLD
        m.cell(row=3 + i, column=1, value=6 - i).font = BOLD
        for j in range(1, 6):
            v = (6 - i) * j
            c = m.cell(row=3 + i, column=1 + j, value=v)
            c.fill = scorefill(v)
    m["A10"] = "Green 1-7: tolerate; Amber 8-14: treat and monitor; Red 15-25: escalate to Board."
    wb.save(p("or1-transport-for-wales-corporate-risk-register-2025-26-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# ---------------------------------------------------------------------------
# 4. Strathcarron Hospice - HIS improvement action plan (docx)
# ---------------------------------------------------------------------------
def make_strathcarron():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Improvement Action Plan", level=1)
    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate((("Service name:", "Strathcarron Hospice"),
                                ("Service provider:", "Strathcarron Hospice"),
                                ("Service number:", "00265"),
                                ("Inspection date:", "13 and 14 May 2025 (unannounced)"),
                                ("Action plan updated:", "3 October 2025 – for Clinical Governance Committee"))):
        bold_cell(info.cell(i, 0), k)
        info.cell(i, 1).text = v
    doc.add_paragraph()
    doc.add_paragraph("The actions below respond to the requirements and recommendations in Healthcare "
                      "Improvement Scotland’s inspection report published on 8 July 2025. Progress is "
                      "shown by the colour of the final column.")
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – at risk of slipping; "
                      "Red – not on track.")
    fills = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

    def block(heading_text, rows):
        t = doc.add_table(rows=2 + len(rows), cols=4)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 3))
        bold_cell(top, heading_text)
        shade(top, "D9E2F3")
        for j, h in enumerate(("Action taken", "Date for completion", "Responsible person", "RAG")):
            bold_cell(t.cell(1, j), h)
        for i, (a, date, who, rag) in enumerate(rows):
            t.cell(2 + i, 0).text = a
            t.cell(2 + i, 1).text = date
            t.cell(2 + i, 2).text = who
            t.cell(2 + i, 3).text = ""
            shade(t.cell(2 + i, 3), fills[rag])
        doc.add_paragraph()

    doc.add_heading("Domain 5 – Planning for quality", level=2)
    block("Requirement 1: The provider must ensure that medicines audits are carried out as set out "
          "in the service’s audit programme, and that any actions identified are recorded, completed "
          "and followed up (regulation 3(d)(iv)).", [
              ("Medicines management audit schedule reinstated and added to the Clinical Governance "
               "Group workplan, with monthly controlled drug and prescription chart audits.",
               "30 June 2025", "Lead Pharmacist", "B"),
              ("Audit findings and action plans recorded on the hospice quality dashboard and "
               "reviewed at each Clinical Governance Group meeting.", "31 August 2025",
               "Director of Clinical Services / Quality and Governance Lead", "G"),
          ])
    block("Requirement 2: The provider must ensure that all staff complete mandatory training, "
          "including adult support and protection and basic life support, and that compliance is "
          "monitored (regulation 12(c)).", [
              ("Training matrix reviewed and updated to show all mandatory training for each staff "
               "group, including bank staff.", "31 July 2025", "Practice Development Lead", "B"),
              ("Protected time agreed for inpatient unit staff to complete outstanding basic life "
               "support and adult support and protection training.", "30 September 2025",
               "Senior Charge Nurse (Inpatient Unit)", "A"),
          ])
    block("Recommendation a: The service should develop a quality improvement plan that sets out its "
          "planned improvement activity and how progress will be measured.", [
              ("Quality improvement plan 2025–2027 drafted with input from staff, volunteers and the "
               "patient and family forum, for approval by the Board of Trustees.", "November 2025",
               "Chief Executive", "G"),
          ])
    doc.add_heading("Domain 7 – Quality control", level=2)
    block("Requirement 3: The provider must ensure that the care environment and patient equipment "
          "are kept clean and that cleaning schedules are fully completed (regulation 3(d)(i)).", [
              ("Daily and weekly cleaning schedules redesigned for each room on the inpatient unit "
               "and signed off by the nurse in charge at the end of each shift.", "2 June 2025",
               "Facilities Manager", "B"),
              ("Monthly environment and equipment cleanliness audit introduced, with results "
               "reported to the Infection Prevention and Control Group.", "31 July 2025",
               "Facilities Manager / Infection Prevention and Control Lead Nurse", "B"),
          ])
    block("Recommendation b: The service should ensure that patient care records consistently "
          "include a completed anticipatory care plan.", [
              ("Care record audit tool updated to include anticipatory care planning; findings shared "
               "at nursing team meetings.", "Ongoing – reviewed quarterly",
               "Senior Charge Nurse (Inpatient Unit)", "G"),
          ])
    sig = doc.add_table(rows=2, cols=2)
    sig.style = "Table Grid"
    bold_cell(sig.cell(0, 0), "Signed (on behalf of the provider):")
    sig.cell(0, 1).text = "Director of Clinical Services"
    bold_cell(sig.cell(1, 0), "Date:")
    sig.cell(1, 1).text = "03/10/2025"
    doc.save(p("or1-strathcarron-hospice-his-inspection-improvement-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. ITEC Skills and Employment - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_itec():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = t.add_run("ITEC Skills and Employment")
    run.bold = True
    run.font.size = Pt(16)
    t2 = doc.add_paragraph()
    t2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = t2.add_run("Post-Inspection Action Plan – Estyn inspection of apprenticeship provision, March 2025")
    run.bold = True
    run.font.size = Pt(13)

    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for j, h in enumerate(("Version", "Date", "Owner", "Approved by")):
        bold_cell(dc.cell(0, j), h)
    for i, row in enumerate((("1.0", "30/05/2025", "Quality Manager", "Senior Leadership Team"),
                             ("1.1", "12/09/2025", "Quality Manager", "Board of Directors"),
                             ("1.2", "05/12/2025", "Quality Manager", "Board of Directors"))):
        for j, v in enumerate(row):
            dc.cell(1 + i, j).text = v
    doc.add_paragraph()
    doc.add_paragraph("This plan sets out how we will address the four recommendations in Estyn’s "
                      "report. Progress is reviewed monthly by the Senior Leadership Team and termly "
                      "by the Board.")
    doc.add_paragraph("RAG: B = complete; G = on track; A = some slippage; R = not on track")

    cols = ("No.", "Action", "Lead", "Timescale", "Success criteria", "Progress update (December 2025)", "RAG")

    def rec(heading, rows):
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=1 + len(rows), cols=len(cols))
        tb.style = "Table Grid"
        for j, h in enumerate(cols):
            bold_cell(tb.cell(0, j), h)
            shade(tb.cell(0, j), "E2EFD9")
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                tb.cell(1 + i, j).text = v

    rec("Recommendation 1: Strengthen progress reviews so that all learners receive clear, specific "
        "targets that help them make good progress", [
            ("1.1", "Revise the progress review template so that targets are linked to the "
             "apprenticeship framework and the learner’s individual learning plan.",
             "Quality Manager", "June 2025",
             "New template in use for all reviews from July 2025.",
             "Template launched 1 July 2025.", "B"),
            ("1.2", "Deliver training for all training officers on setting specific, measurable "
             "targets, followed by peer observation of reviews.",
             "Rhian Pritchard and Dafydd Evans", "September 2025 – March 2026",
             "All training officers trained and observed; 90% of sampled reviews rated good.",
             "Training complete for 34 of 41 officers; peer observations started in November.", "G"),
            ("1.3", "Sample 10% of progress reviews each month and feed back findings to individual "
             "training officers.", "Quality Manager; Team Leaders", "Monthly",
             "Monthly sample report to SLT.", "Samples completed September to November.", "G"),
        ])
    rec("Recommendation 2: Improve the use of data by leaders to evaluate the quality of provision "
        "and plan improvements", [
            ("2.1", "Develop a monthly performance dashboard showing progress, retention and "
             "completion by sector and training officer.", "Data and MIS Manager", "Q2 2025/26",
             "Dashboard used at monthly performance meetings.",
             "Dashboard built; retention data by training officer still being validated.", "A"),
            ("2.2", "Include analysis of outcomes for learners with protected characteristics in the "
             "self-assessment report.", "Operations Director", "December 2025",
             "Analysis included in 2024-25 SAR and actions added to the quality development plan.",
             "Draft SAR includes the analysis; final version to Board on 16 December.", "G"),
            ("2.3", "Present termly quality reports to the Board, including progress against this "
             "plan.", "Managing Director", "Termly",
             "Board minutes show challenge on quality.", "Autumn report presented.", "G"),
        ])
    rec("Recommendation 3: Develop learners’ Welsh language and bilingual skills as part of their "
        "apprenticeship", [
            ("3.1", "Appoint a Welsh Language Champion in each delivery team and agree a bilingual "
             "delivery plan with the Coleg Cymraeg Cenedlaethol.", "Welsh Language Coordinator",
             "Q3 2025/26", "Champions in place in all five teams; plan agreed.",
             "Four of five champions appointed; plan in draft.", "A"),
            ("3.2", "Introduce short Welsh language modules into induction for all apprentices in "
             "health and social care and childcare.", "Welsh Language Coordinator / Sector Leads",
             "31/01/2026", "All new apprentices in these sectors complete the module.",
             "Modules written; pilot with January starters.", "G"),
        ])
    rec("Recommendation 4: Ensure that all learners receive timely feedback on assessed work", [
        ("4.1", "Set a 10 working day standard for feedback on assessed work and monitor compliance "
         "through the e-portfolio system.", "Head of Delivery", "July 2025",
         "95% of assessed work has feedback within 10 working days.",
         "Standard in place; compliance 96% in October.", "B"),
    ])
    doc.add_paragraph()
    doc.add_paragraph("Next review: Senior Leadership Team, January 2026.")
    doc.save(p("or1-itec-skills-and-employment-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. NatureScot - business plan delivery tracker (csv)
# ---------------------------------------------------------------------------
def make_naturescot():
    import csv
    rows = [
        ["NatureScot Business Plan 2025-26 – Delivery Tracker", "", "", "", "", "", ""],
        ["Quarter 2 report (to 30 September 2025) – Audit and Risk Committee, 26 November 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Business plan action", "Lead", "Due", "Q1 status", "Q2 status", "Q2 commentary"],
        ["Priority 1: Protecting Nature", "", "", "", "", "", ""],
        ["P1.1", "Publish the draft 30 by 30 site selection methodology for public consultation",
         "Head of Protected Areas", "Q3 2025/26", "Green", "Amber",
         "Ministerial clearance expected in November; consultation launch may move to January."],
        ["P1.2", "Deliver 90% of statutory planning and licensing casework within agreed timescales",
         "Head of Planning and Renewables", "Mar-26", "Green", "Green", "92% at end of Q2."],
        ["P1.3", "Complete condition monitoring of 250 protected area features, prioritising those not assessed in the last 12 years",
         "Head of Protected Areas; Area Managers", "31/03/2026", "Amber", "Amber",
         "118 features assessed to date. Field season affected by staff vacancies in the North West."],
        ["Priority 2: Restoring Nature", "", "", "", "", "", ""],
        ["P2.1", "Put a further 10,000 ha of degraded peatland on the road to recovery through Peatland ACTION",
         "Peatland ACTION Programme Manager", "Q4 2025/26", "Green", "Green",
         "6,240 ha contracted; restoration season starts October."],
        ["P2.2", "Open the 2025-26 Nature Restoration Fund and award grants to at least 60 projects",
         "Head of Nature Funding", "Sept 2025", "Green", "Complete", "64 awards made, total £8.9m."],
        ["P2.3", "Deliver the deer management actions in the Scottish Biodiversity Strategy Delivery Plan, including new deer management regulations",
         "Head of Wildlife Management", "Dec 2025", "Amber", "Red",
         "Regulations depend on the Natural Environment (Scotland) Bill timetable; Stage 3 not before January 2026."],
        ["Priority 3: Valuing Nature", "", "", "", "", "", ""],
        ["P3.1", "Launch the third round of the Facility for Investment Ready Nature in Scotland (FIRNS)",
         "Head of Nature Finance", "Jun-25", "Complete", "Complete", "Launched 12 June 2025."],
        ["P3.2", "Support 150 nature-based jobs and training placements through the Nature Skills programme",
         "Head of People and Nature", "Mar-26", "Green", "Green", "97 placements supported."],
        ["Enabling: Our organisation", "", "", "", "", "", ""],
        ["E1", "Reduce office estate costs by releasing leased office space at two locations",
         "Director of Business Services and Transformation", "TBC", "Amber", "Amber",
         "Lease break negotiations under way for one site; second site on hold pending Scottish Government estate review."],
        ["E2", "Implement the new finance and HR system in line with the Scottish Government Shared Services Programme timetable",
         "Head of Finance / Head of HR", "April 2026", "Green", "Green", "Data migration testing on schedule."],
        ["", "", "", "", "", "", ""],
        ["Status key: Green – on track; Amber – at risk, mitigation in place; Red – will not be delivered by the due date; Complete – delivered.", "", "", "", "", "", ""],
        ["Source: Planning and Performance team, October 2025", "", "", "", "", "", ""],
    ]
    with open(p("or1-naturescot-business-plan-2025-26-delivery-plan.csv"), "w", newline="",
              encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Invest NI - ARAC action log (plain text export)
# ---------------------------------------------------------------------------
def make_investni():
    rule = "-" * 78
    lines = [
        "Invest Northern Ireland",
        "Audit and Risk Assurance Committee – Action Log",
        "Position at 7 November 2025 (for the meeting on 19 November 2025)",
        "",
        "RAG key: B = complete (to be closed at this meeting); G = on track;",
        "         A = slipped, revised date agreed; R = overdue",
        "Owners: KH = Kieran Hughes, Chief Finance Officer; DMcE = Deirdre McEvoy, Head of Internal Audit",
        "",
        "ACTIONS FROM THE MEETING OF 20 MARCH 2025",
        rule,
        "Action 25/07      Minute 5.4",
        "Action:  Provide the Committee with a timeline for closing the remaining 2023-24 priority 1 internal audit recommendations on grant monitoring.",
        "Owner:   DMcE",
        "Due:     18/06/2025",
        "RAG:     B",
        "Update:  Timeline presented in June 2025. Two recommendations closed; one remains open",
        "         and is tracked through the internal audit follow-up report.",
        rule,
        "Action 25/09      Minute 7.1",
        "Action:  Circulate the revised Fraud Response Plan to members for comment before submission to the Board.",
        "Owner:   KH",
        "Due:     18/06/2025 (revised 17/09/2025)",
        "RAG:     B",
        "Update:  Circulated 28 August 2025; comments reflected in version approved by the Board.",
        rule,
        "Action 25/11      Minute 8.2",
        "Action:  Arrange a deep dive on the cyber security corporate risk (CR05) at a future meeting, including the results of the latest penetration test.",
        "Owner:   Chief Information Officer / Chief Risk Officer",
        "Due:     19/11/2025",
        "RAG:     G",
        "Update:  On the agenda for 19 November 2025 (item 6, closed session).",
        rule,
        "",
        "ACTIONS FROM THE MEETING OF 18 JUNE 2025",
        rule,
        "Action 25/19      Minute 4.3",
        "Action:  Report progress on the outstanding NIAO Report to Those Charged with Governance recommendation on the valuation of investment assets.",
        "Owner:   KH",
        "Due:     17/09/2025 (revised 19/11/2025)",
        "RAG:     A",
        "Update:  External valuation report received late October; update to be tabled.",
        rule,
        "Action 25/21      Minute 6.1",
        "Action:  Update the Risk Appetite Statement to reflect the new Business Strategy 2025-2028 and bring it to the Committee before Board approval.",
        "Owner:   Chief Risk Officer",
        "Due:     17/09/2025",
        "RAG:     B",
        "Update:  Reviewed by the Committee in September; approved by the Board on 2 October 2025.",
        rule,
        "Action 25/23      Minute 9",
        "Action:  Complete the annual Committee effectiveness self-assessment questionnaire and return it to the Committee Secretary.",
        "Owner:   All members",
        "Due:     31/07/2025",
        "RAG:     B",
        "Update:  All returns received; results reported in September.",
        rule,
        "",
        "ACTIONS FROM THE MEETING OF 17 SEPTEMBER 2025",
        rule,
        "Action 25/27      Minute 5.2",
        "Action:  Include an analysis of overdue internal audit recommendations by directorate in each Internal Audit Progress Report.",
        "Owner:   DMcE",
        "Due:     Ongoing",
        "RAG:     G",
        "Update:  Included from the November report.",
        rule,
        "Action 25/28      Minute 6.4",
        "Action:  Provide a briefing note on the implications of the Public Office (Accountability) Bill for Invest NI's governance arrangements.",
        "Owner:   Company Secretary",
        "Due:     19/11/2025",
        "RAG:     G",
        "Update:  Briefing note in preparation with the Department for the Economy.",
        rule,
        "Action 25/30      Minute 8",
        "Action:  Meet the NIAO audit manager to agree the timetable for the 2025-26 audit of the annual report and accounts.",
        "Owner:   KH/DMcE",
        "Due:     31/10/2025",
        "RAG:     B",
        "Update:  Met NIAO on 14 October 2025; timetable circulated to members.",
        rule,
        "",
        "9 actions: 5 complete, 3 on track, 1 slipped, 0 overdue.",
        "End of report",
    ]
    with open(p("or1-invest-ni-audit-and-risk-assurance-committee-action-log.txt"), "w",
              encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_pbni()
    make_sssc()
    make_tfw()
    make_strathcarron()
    make_itec()
    make_naturescot()
    make_investni()
    print("built 7 files in", HERE)
