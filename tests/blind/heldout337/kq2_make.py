"""Build the seven kq2- blind test files (set heldout337).

Run with /work/main/.venv/bin/python kq2_make.py (writes next to this script).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FFC00000"
AMBER = "FFFFC000"
GREEN = "FF00B050"
BLUE = "FF0070C0"
NAVY = "FF1F3864"
GREY = "FFD9D9D9"
PALE = "FFDEEAF6"

THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Royal Berkshire FRS - HMICFRS AFI improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
def make_rbfrs():
    title = "HMICFRS Effectiveness, Efficiency and People Inspection 2023–25: Improvement Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Royal Berkshire Fire and Rescue Service"
    cov["A1"].font = Font(bold=True, size=16, color=NAVY)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=13)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Comments"),
        ("0.1", "12/03/2024", "Service Assurance Manager", "First draft for Service Leadership Team"),
        ("1.0", "02/04/2024", "Service Assurance Manager", "Approved by Service Leadership Team"),
        ("1.2", "14/11/2024", "Service Assurance Manager", "Revised target dates agreed by SLT"),
        ("1.3", "31/01/2025", "Service Assurance Manager", "Position update for Management Committee"),
    ]
    for i, r in enumerate(rows, start=5):
        for j, v in enumerate(r, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 5:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov["A11"] = ("Inspection report published 22 February 2024. The report identified "
                  "six areas for improvement (AFIs) across the three pillars.")
    cov["A12"] = "Classification: OFFICIAL"
    for col, w in zip("ABCD", (12, 14, 30, 45)):
        cov.column_dimensions[col].width = w

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress – position at 31 January 2025"
    summ["A1"].font = Font(bold=True, size=13)
    hdr = ("Pillar", "Actions", "Complete (B)", "On track (G)", "Slippage (A)",
           "Off track (R)", "Not started")
    data = [
        ("Effectiveness", 5, 2, 1, 1, 1, 0),
        ("Efficiency", 2, 0, 2, 0, 0, 0),
        ("People", 4, 1, 1, 1, 0, 1),
        ("Total", 11, 3, 4, 2, 1, 1),
    ]
    for j, v in enumerate(hdr, start=1):
        c = summ.cell(row=3, column=j, value=v)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    for i, r in enumerate(data, start=4):
        for j, v in enumerate(r, start=1):
            c = summ.cell(row=i, column=j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)
    summ.column_dimensions["A"].width = 16
    for col in "BCDEFG":
        summ.column_dimensions[col].width = 13

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Royal Berkshire Fire and Rescue Service"
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = title
    ws.merge_cells("A2:H2")
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Progress position as at 31 January 2025"
    ws["A3"].font = Font(italic=True)
    headers = ("Ref", "Action", "Action Owner", "Original Target Date",
               "Revised Target Date", "Previous RAG", "Current RAG", "Progress Update")
    for j, v in enumerate(headers, start=1):
        c = ws.cell(row=5, column=j, value=v)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

    def D(s):
        d, m, y = (int(x) for x in s.split("/"))
        return dt.datetime(y, m, d)

    plan = [
        ("P", "Effectiveness"),
        ("F", "AFI 1 – The service should make sure it has an effective system for quality "
              "assuring its prevention activity, so staff carry out safe and well visits to "
              "an appropriate standard."),
        ("A", "1.1", "Introduce a quality assurance framework for Safe and Well Visits, including "
                     "observed visits by station managers each quarter.",
         "Prevention Manager", "31/03/2024", "30/09/2024", "A", "B",
         "Framework launched July 2024. 48 observed visits completed in Q2 and Q3; results "
         "reported to Prevention Board."),
        ("A", "1.2", "Review the Safe and Well Visit training package and deliver refresher "
                     "training to all wholetime and on-call crews.",
         "Head of Prevention / Learning and Development Manager", "30/06/2024", "31/03/2025",
         "A", "A",
         "Package rewritten. 71% of wholetime crews trained; on-call sessions being scheduled "
         "around drill nights."),
        ("F", "AFI 2 – The service should make sure its risk-based inspection programme targets "
              "the highest-risk buildings and that it is adequately resourced."),
        ("A", "2.1", "Refresh the Risk Based Inspection Programme using updated premises risk data "
                     "from the Community Risk Management Plan.",
         "Head of Protection", "30/09/2024", None, "G", "B",
         "Refreshed RBIP in place from 1 October 2024."),
        ("A", "2.2", "Recruit and train two additional Fire Safety Inspectors (Level 4 Diploma).",
         "Head of Protection; HR Business Partner", "31/03/2025", None, "G", "G",
         "Both inspectors appointed in November 2024 and enrolled on the Level 4 Diploma."),
        ("F", "AFI 3 – The service should make sure it has enough on-call firefighters available "
              "to maintain its planned appliance availability."),
        ("A", "3.1", "Implement the On-Call Improvement Programme, including flexible contracts and "
                     "a targeted recruitment campaign for rural stations.",
         "Area Manager – Response", "31/12/2024", "31/08/2025", "A", "R",
         "On-call availability 61% against 75% target. Flexible contract proposal delayed by "
         "consultation with representative bodies; escalated to SLT."),
        ("P", "Efficiency"),
        ("F", "AFI 4 – The service should make sure it has effective measures in place to assure "
              "itself that its workforce is productive and that its time is used as efficiently "
              "and effectively as possible to meet the priorities in the CRMP."),
        ("A", "4.1", "Introduce a station-level productivity dashboard in Power BI showing planned "
                     "and completed prevention, protection and training activity.",
         "Head of Performance and Data", "31/10/2024", "28/02/2025", "G", "G",
         "Dashboard in user testing with three stations."),
        ("A", "4.2", "Agree a Service-wide activity planning model with station managers and include "
                     "activity targets in station plans for 2025/26.",
         "Deputy Chief Fire Officer", "31/03/2025", None, None, "G",
         "Draft model discussed at Station Managers' forum on 16 January 2025."),
        ("P", "People"),
        ("F", "AFI 5 – The service should make sure it has robust processes in place to carry out "
              "equality impact assessments and review any actions agreed as a result."),
        ("A", "5.1", "Relaunch the equality impact assessment toolkit and guidance on the intranet, "
                     "with mandatory training for policy owners.",
         "Equality, Diversity and Inclusion Manager", "31/07/2024", None, "A", "B",
         "Toolkit relaunched; 38 of 40 policy owners trained."),
        ("A", "5.2", "Establish a quarterly EIA review panel to check that actions agreed in equality "
                     "impact assessments have been completed.",
         "Head of People", "30/11/2024", "31/05/2025", "G", "A",
         "Terms of reference agreed; first panel meeting moved to March 2025."),
        ("F", "AFI 6 – The service should assure itself that staff understand and have confidence "
              "in the purpose and integrity of its promotion and progression processes."),
        ("A", "6.1", "Review the promotion process with the representative bodies and publish a "
                     "revised Promotion and Progression Policy.",
         "Head of People", "30/04/2025", None, None, None,
         "Not yet started – scheduled to begin February 2025."),
        ("A", "6.2", "Introduce feedback surveys for all unsuccessful promotion candidates, with "
                     "themes reported to the People Board.",
         "HR Business Partner", "30/06/2025", None, None, "G",
         "Survey questions drafted with Staff Engagement Group."),
    ]
    r = 6
    for item in plan:
        kind = item[0]
        if kind == "P":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).font = Font(bold=True, size=12, color="FFFFFFFF")
            ws.cell(row=r, column=1).fill = fill("FF2F5496")
        elif kind == "F":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill(PALE)
            ws.cell(row=r, column=1).alignment = WRAP
            ws.row_dimensions[r].height = 32
        else:
            _, ref, action, owner, orig, rev, prev, cur, upd = item
            vals = [ref, action, owner, D(orig), D(rev) if rev else None, prev, cur, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if j in (4, 5) and v is not None:
                    c.number_format = "dd/mm/yyyy"
            for j, v in ((6, prev), (7, cur)):
                if v:
                    ws.cell(row=r, column=j).fill = fill(rag_fill[v])
                    ws.cell(row=r, column=j).font = Font(bold=True,
                                                         color="FFFFFFFF" if v in "RB" else "FF000000")
                    ws.cell(row=r, column=j).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: B = Complete | G = On track | A = Some slippage – "
                                   "recoverable | R = Off track – escalated to SLT | blank = not yet started")
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.cell(row=r + 1, column=1, value="Note: Revised target dates were agreed by the Service "
                                       "Leadership Team on 14 November 2024.")
    ws.cell(row=r + 1, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (8, 55, 28, 13, 13, 10, 10, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(out("kq2-royal-berkshire-fire-rescue-service-hmicfrs-afi-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Brent Council - ASC CQC assessment improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
def make_brent():
    title = "Brent Council Adult Social Care: CQC Local Authority Assessment Improvement Plan 2025–26"
    wb = Workbook()
    rd = wb.active
    rd.title = "Read Me"
    rd["A1"] = title
    rd["A1"].font = Font(bold=True, size=14)
    rd["A3"] = "Purpose"
    rd["A3"].font = Font(bold=True)
    rd["A4"] = ("This plan sets out the actions we are taking in response to the areas for "
                "improvement in the CQC local authority assessment report and our own "
                "self-assessment. Progress is reviewed monthly by the ASC Improvement Board.")
    rd["A6"] = "RAG key"
    rd["A6"].font = Font(bold=True)
    key = [(BLUE, "Complete"), (GREEN, "On track"),
           (AMBER, "Some risk to delivery – mitigation in place"),
           (RED, "Off track – escalated to ASC Improvement Board"), (None, "Not yet started")]
    for i, (colour, meaning) in enumerate(key, start=7):
        c = rd.cell(row=i, column=1)
        c.border = BOX
        if colour:
            c.fill = fill(colour)
        rd.cell(row=i, column=2, value=meaning)
    rd["A13"] = "Plan owner: Corporate Director, Care, Health and Wellbeing"
    rd["A14"] = "Last updated: 30 September 2025"
    rd.column_dimensions["A"].width = 14
    rd.column_dimensions["B"].width = 60

    themes = [
        ("T1 Working with people", "Theme 1: Working with people", [
            ("QS1: Assessing needs", [
                ("1.1", "Reduce the number of people waiting for a Care Act assessment to under 150, "
                        "with no one waiting more than 28 days, through a dedicated waiting list "
                        "recovery team.",
                 "Head of Service – Localities", "Dec 2025",
                 "Waiting list down from 412 to 236. Recovery team extended to December.", AMBER),
                ("1.2", "Introduce a waiting well protocol so that everyone on a waiting list is "
                        "contacted at least every 4 weeks and risks are reviewed.",
                 "Head of Service – Localities / Principal Social Worker", "Sept 2025",
                 "Protocol live from 1 August 2025; first audit shows 92% contacted on time.", BLUE),
            ]),
            ("QS3: Equity in experience and outcomes", [
                ("1.3", "Improve recording of ethnicity, first language and sexual orientation in "
                        "Mosaic so that outcomes can be analysed by community, with a target of 95% "
                        "completion.",
                 "Performance and Intelligence Manager", "Q4 2025/26",
                 "Mandatory fields added to the assessment form; completion now 81%.", GREEN),
            ]),
        ]),
        ("T2 Providing support", "Theme 2: Providing support", [
            ("QS4: Care provision, integration and continuity", [
                ("2.1", "Commission additional nursing and dementia nursing beds in the borough to "
                        "reduce out-of-borough placements.",
                 "Head of Commissioning (Adults)", "March 2026",
                 "Market engagement completed. Tender delayed to November because of provider "
                 "capacity.", AMBER),
                ("2.2", "Launch the refreshed Direct Payments offer, including a pre-paid card and a "
                        "personal assistant register.",
                 "Direct Payments Team Manager; Head of Commissioning (Adults)", "31/01/2026",
                 "Pre-paid card provider appointed; PA register in build.", GREEN),
            ]),
            ("QS5: Partnerships and communities", [
                ("2.3", "Co-produce a Carers’ Strategy action plan with Brent Carers Centre and the "
                        "carers’ reference group.",
                 "Carers Lead", "Ongoing",
                 "Two co-production workshops held; next session planned for October.", GREEN),
            ]),
        ]),
        ("T3 Ensuring safety", "Theme 3: Ensuring safety", [
            ("QS6: Safe systems, pathways and transitions", [
                ("3.1", "Implement a joint transitions protocol with Children and Young People’s "
                        "services, starting preparation for adulthood reviews from age 14.",
                 "Head of Service – Learning Disabilities and Transitions", "Nov 2025",
                 "Protocol not yet agreed by CYP; escalated to the Improvement Board in "
                 "September.", RED),
            ]),
            ("QS7: Safeguarding", [
                ("3.2", "Clear the backlog of safeguarding concerns awaiting triage in the Multi-Agency "
                        "Safeguarding Hub and introduce daily management oversight.",
                 "Head of Safeguarding (Adults)", "Aug 2025",
                 "Backlog cleared 22 August 2025. Daily huddle in place.", BLUE),
                ("3.3", "Deliver Making Safeguarding Personal refresher training to all practitioners "
                        "and audit 40 cases each quarter.",
                 "Principal Social Worker; Safeguarding Adults Board Business Manager", "Mar 2026",
                 "Training programme to start in January 2026.", None),
            ]),
        ]),
        ("T4 Leadership", "Theme 4: Leadership", [
            ("QS8: Governance, management and sustainability", [
                ("4.1", "Establish a monthly ASC Performance Board chaired by the Corporate Director, "
                        "supported by a new performance dashboard.",
                 "Corporate Director, Care, Health and Wellbeing", "July 2025",
                 "Board met for the first time on 9 July 2025.", BLUE),
            ]),
            ("QS9: Learning, improvement and innovation", [
                ("4.2", "Develop a workforce strategy to reduce reliance on agency social workers to "
                        "below 15% of the qualified workforce.",
                 "Director of Adult Social Care / HR Business Partner", "31 March 2026",
                 "Agency use 23%. Recruitment and retention offer to Cabinet in November.", AMBER),
            ]),
        ]),
    ]
    for sheet_name, theme, groups in themes:
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = title
        ws.merge_cells("A1:F1")
        ws["A1"].font = Font(bold=True, size=12, color=NAVY)
        ws["A2"] = theme
        ws.merge_cells("A2:F2")
        ws["A2"].font = Font(bold=True, size=12)
        heads = ("Ref", "Action", "Lead officer", "By when", "Progress update (September 2025)", "RAG")
        for j, v in enumerate(heads, start=1):
            c = ws.cell(row=4, column=j, value=v)
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = fill("FF7030A0")
            c.border = BOX
            c.alignment = WRAP
        r = 5
        for qs, acts in groups:
            ws.cell(row=r, column=1, value=qs)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("FFE4DFEC")
            r += 1
            for ref, action, lead, when, upd, rag in acts:
                for j, v in enumerate((ref, action, lead, when, upd, None), start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                if rag:
                    ws.cell(row=r, column=6).fill = fill(rag)
                r += 1
        for col, w in zip("ABCDEF", (7, 55, 30, 13, 50, 8)):
            ws.column_dimensions[col].width = w
    wb.save(out("kq2-brent-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Lincolnshire CC - internal audit outstanding recommendations (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_lincs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding Recommendations"
    ws["A1"] = "Lincolnshire County Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Audit – Outstanding Recommendations Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position at 31 December 2024 – Audit Committee, 27 January 2025"
    heads = ("Audit", "Assurance", "Rec No.", "Priority", "Recommendation", "Agreed Action",
             "Responsible Officer", "Original Due Date", "Revised Due Date", "Status", "Latest Update")
    for j, v in enumerate(heads, start=1):
        c = ws.cell(row=5, column=j, value=v)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
        c.alignment = WRAP
    recs = [
        ("Payroll 2023/24", "Limited", [
            ("1", "High", "Overpayments to leavers are not identified and recovered promptly.",
             "Introduce a monthly leavers reconciliation between HR and Payroll, with overpayments "
             "referred to Income Recovery within 10 working days.",
             "Head of HR Operations", "Mar-24", "Sep-24", "Implemented",
             "Reconciliation in place since August 2024; verified by Internal Audit."),
            ("2", "Medium", "Changes to standing data are not independently checked.",
             "Introduce a monthly independent check of a sample of standing data amendments.",
             "Payroll Manager", "Jun-24", "", "Implemented", "Checks evidenced for July–November."),
        ]),
        ("Contract Management – Highways", "Limited", [
            ("1", "High", "Contract performance indicators are not reported to the contract board.",
             "Report the contract KPI dashboard to each quarterly Highways Contract Board.",
             "Head of Highways Client / Commercial Manager", "Sep-24", "Mar-25",
             "Partly implemented", "Dashboard drafted; first report due to the March 2025 board."),
            ("2", "Medium", "Variations are not always approved in line with Contract Procedure Rules.",
             "Issue guidance to project managers and introduce a variations log reviewed monthly.",
             "Commercial Manager", "Dec-24", "", "Not implemented",
             "Guidance drafted, awaiting Legal sign-off."),
        ]),
        ("Adult Care – Direct Payments", "Limited", [
            ("1", "High", "Annual financial reviews of direct payment accounts are overdue.",
             "Clear the backlog of overdue direct payment financial reviews, prioritising accounts "
             "with surplus balances over £5,000.",
             "Head of Finance – Adult Care", "Jun-24", "Dec-24", "Partly implemented",
             "312 of 540 overdue reviews completed."),
            ("2", "Medium", "Surplus balances are not recovered consistently.",
             "Agree a surplus recovery procedure and apply it to all accounts reviewed.",
             "Direct Payments Team Leader", "Sep-24", "0ct-25", "Not implemented",
             "Procedure to be agreed once backlog reduced."),
        ]),
        ("Cyber Security", "Limited", [
            ("1", "High", "Privileged accounts are not reviewed regularly.",
             "Introduce a quarterly review of privileged and service accounts with removal of "
             "accounts no longer required.",
             "Head of IT Security", "Jun-24", "Jan-25", "Partly implemented",
             "First review complete; 41 accounts removed. Process to be documented."),
            ("2", "Medium", "The incident response plan has not been tested.",
             "Carry out a desktop exercise of the cyber incident response plan.",
             "Head of IT Security", "Oct-24", "", "Implemented",
             "Exercise held 15 October 2024 with the Local Resilience Forum."),
        ]),
    ]
    r = 6
    for audit, assurance, items in recs:
        start = r
        for it in items:
            vals = (audit if r == start else None, assurance if r == start else None) + it
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(row=r + 1, column=1,
            value="Source: Internal Audit follow-up records (TeamMate+). Dates shown as month and year.")
    ws.cell(row=r + 1, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJK", (22, 11, 7, 9, 38, 45, 26, 11, 11, 16, 40)):
        ws.column_dimensions[col].width = w

    s = wb.create_sheet("Summary")
    s["A1"] = "Outstanding recommendations by audit"
    s["A1"].font = Font(bold=True)
    rows = [("Audit", "High", "Medium", "Total"),
            ("Payroll 2023/24", 1, 1, 2),
            ("Contract Management – Highways", 1, 1, 2),
            ("Adult Care – Direct Payments", 1, 1, 2),
            ("Cyber Security", 1, 1, 2),
            ("Total", 4, 4, 8)]
    for i, row in enumerate(rows, start=3):
        for j, v in enumerate(row, start=1):
            c = s.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 3 or row[0] == "Total":
                c.font = Font(bold=True)
    s.column_dimensions["A"].width = 34
    wb.save(out("kq2-lincolnshire-county-council-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Mid Wales CJC - Audit Wales organisational response (docx, read)
# ---------------------------------------------------------------------------
def make_midwales():
    doc = Document()
    doc.add_paragraph("Mid Wales Corporate Joint Committee: Organisational Response to Audit Wales "
                      "Commentary on Progress", style="Title")
    doc.add_paragraph("Report to: Governance and Audit Sub-Committee, 23 September 2025")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ("Version", "Date", "Author", "Change")):
        set_text(c, v, bold=True)
    for row in (("1.0", "20/01/2025", "CJC Chief Executive", "Response agreed by Joint Committee"),
                ("1.1", "09/06/2025", "Policy and Engagement Officer", "Progress update"),
                ("1.2", "12/09/2025", "Policy and Engagement Officer", "Progress update")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "Audit Wales published ‘Corporate Joint Committees – commentary on their progress’ in "
        "November 2024. The report made four recommendations to Corporate Joint Committees (CJCs). "
        "This document sets out the response of the Mid Wales CJC (Ceredigion County Council and "
        "Powys County Council), the actions we have agreed and our progress to date.")
    doc.add_paragraph("Status key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning, hx in (("Blue", "Complete", "0070C0"), ("Green", "On track", "00B050"),
                              ("Amber", "Behind schedule – recoverable", "FFC000"),
                              ("Red", "Significantly behind schedule", "C00000")):
        cells = k.add_row().cells
        set_text(cells[0], word, bold=True)
        shade(cells[0], hx)
        set_text(cells[1], meaning)
    doc.add_paragraph("")
    doc.add_paragraph("Action plan", style="Heading 2")
    recs = [
        ("R1 – CJCs should set out clearly how they will deliver their statutory functions, "
         "including the Strategic Development Plan and Regional Transport Plan, with timescales "
         "and the resources required.", [
            ("1.1", "Agree a Delivery Agreement for the Strategic Development Plan with the Welsh "
                    "Government, including the timetable and community involvement scheme.",
             "March 2025", "Head of Strategic Planning",
             "Delivery Agreement approved by the Welsh Government on 14 March 2025.", "Blue"),
            ("1.2", "Submit the draft Regional Transport Plan for Mid Wales to the Welsh Government "
                    "for approval.",
             "30 June 2025\nRevised: 31 October 2025", "Regional Transport Manager",
             "Submission delayed to allow the Welsh Government’s revised guidance to be reflected.",
             "Amber"),
        ]),
        ("R2 – CJCs should put in place a medium-term financial plan and a workforce plan that make "
         "clear how the CJC’s functions will be resourced beyond 2025-26.", [
            ("2.1", "Prepare a Medium Term Financial Plan for 2025-26 to 2027-28 and present it "
                    "alongside the 2025-26 budget.",
             "February 2025", "Chief Finance Officer (Section 151 Officer)",
             "MTFP approved by the Joint Committee on 25 February 2025.", "Blue"),
            ("2.2", "Agree a workforce plan with both constituent councils setting out secondments, "
                    "service level agreements and recruitment to the core CJC team.",
             "Q3 2025-26", "CJC Chief Executive; Monitoring Officer",
             "Service level agreements drafted; workforce plan to Joint Committee in November.",
             "Green"),
        ]),
        ("R3 – CJCs should strengthen their approach to public engagement and transparency, "
         "including publishing meeting papers in good time and webcasting meetings.", [
            ("3.1", "Webcast all meetings of the Joint Committee and its sub-committees and publish "
                    "recordings on the CJC website.",
             "April 2025", "Democratic Services Manager",
             "All meetings webcast since April 2025.", "Blue"),
            ("3.2", "Develop and consult on a Public Participation Strategy for the CJC.",
             "December 2025", "Policy and Engagement Officer",
             "Draft strategy out to consultation until 31 October 2025.", "Green"),
        ]),
        ("R4 – CJCs should develop arrangements to monitor and report on their performance, "
         "including how they are applying the sustainable development principle.", [
            ("4.1", "Adopt a performance management framework, with an annual self-assessment and a "
                    "public Annual Report on the CJC’s well-being objectives.",
             "July 2025", "CJC Chief Executive",
             "Annual Report not yet published; awaiting Governance and Audit Sub-Committee review.",
             "Red"),
            ("4.2", "Embed the five ways of working in CJC report templates and decision-making, with "
                    "training for members.",
             "Ongoing", "Monitoring Officer",
             "New report template in use; member training held 3 July 2025.", "Green"),
        ]),
    ]
    shades = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "C00000"}
    tb = doc.add_table(rows=1, cols=7)
    tb.style = "Table Grid"
    for c, v in zip(tb.rows[0].cells, ("Recommendation", "Ref", "Planned action", "Completion date",
                                        "Responsible officer", "Progress (September 2025)", "Status")):
        set_text(c, v, bold=True)
        shade(c, "D9D9D9")
    for rec, acts in recs:
        first = None
        for ref, action, when, who, prog, status in acts:
            cells = tb.add_row().cells
            if first is None:
                first = cells[0]
                set_text(first, rec)
            set_text(cells[1], ref)
            set_text(cells[2], action)
            set_text(cells[3], when)
            set_text(cells[4], who)
            set_text(cells[5], prog)
            set_text(cells[6], status, bold=True)
            shade(cells[6], shades[status])
        last = tb.rows[-1].cells[0]
        if last is not first:
            first.merge(last)
    doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, v in zip(so.rows[0].cells, ("Name", "Role", "Date")):
        set_text(c, v, bold=True)
    for c, v in zip(so.rows[1].cells, ("Cllr R. Powell", "Chair, Mid Wales Corporate Joint Committee",
                                         "20/01/2025")):
        set_text(c, v)
    doc.save(out("kq2-mid-wales-cjc-audit-wales-commentary-on-progress-organisational-response.docx"))


# ---------------------------------------------------------------------------
# 5. Perth and Kinross HSCP - Care at Home Care Inspectorate improvement plan (docx, read)
# ---------------------------------------------------------------------------
def make_pk():
    doc = Document()
    doc.add_paragraph("Care at Home Service: Care Inspectorate Improvement Plan", style="Title")
    doc.add_paragraph("Perth and Kinross Health and Social Care Partnership")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for a, b in (("Service", "Perth & Kinross Council – Home Care (Housing Support Service)"),
                 ("Care service number", "CS2004074315"),
                 ("Inspection dates", "3 – 11 March 2025 (unannounced)"),
                 ("Report published", "16 April 2025"),
                 ("Grades", "Wellbeing 3 – Adequate; Leadership 3 – Adequate; Staff team 4 – Good; "
                            "Care and support planning 3 – Adequate"),
                 ("Plan owner", "Service Manager, Care at Home"),
                 ("Version", "v3 – updated 29 August 2025")):
        cells = info.add_row().cells
        set_text(cells[0], a, bold=True)
        shade(cells[0], "DEEAF6")
        set_text(cells[1], b)
    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan responds to the three requirements and two areas for improvement in the Care "
        "Inspectorate’s report. It is reviewed fortnightly by the Care at Home management team and "
        "reported to the Care and Professional Governance Forum.")

    rag_hex = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "C00000"}
    sections = [
        ("Key question 1: How well do we support people’s wellbeing?", [
            ("Requirement 1: By 30 June 2025, the provider must ensure that people receive their "
             "medication safely and as prescribed. To do this, the provider must, at a minimum, "
             "ensure that medication administration records are accurate and that staff competency "
             "in medication support is assessed annually.", [
                ("1.1", "Replace paper medication administration records with electronic MAR on the "
                        "scheduling app for all people supported with medication.",
                 "Care at Home Team Leaders", "30 June 2025",
                 "eMAR live for all 318 people supported with medication from 23 June.", "Complete"),
                ("1.2", "Complete annual medication competency assessments for all carers and keep a "
                        "central record.",
                 "J. Robertson / L. Mackie", "August 2025",
                 "86% of carers assessed; remaining carers booked for September.", "Amber"),
            ]),
            ("Area for improvement 1: To support people’s wellbeing, the provider should ensure that "
             "visit times are planned around people’s preferences and that people are told when "
             "carers are running late.", [
                ("1.3", "Record each person’s preferred visit times in their personal plan and check "
                        "rota compliance through monthly schedule audits.",
                 "Scheduling Coordinator", "Monthly",
                 "Audits completed June, July and August; 78% of visits within 30 minutes of "
                 "preferred time.", "Green"),
            ]),
        ]),
        ("Key question 2: How good is our leadership?", [
            ("Requirement 2: By 31 July 2025, the provider must ensure that quality assurance "
             "systems are effective in identifying and addressing areas for improvement, including "
             "regular audits of personal plans, medication and complaints.", [
                ("2.1", "Introduce a quality assurance calendar with monthly audits of personal plans, "
                        "medication records and complaints, and a quarterly report to the Care and "
                        "Professional Governance Forum.",
                 "Service Manager, Care at Home", "31/07/2025",
                 "Calendar in place; first quarterly report presented 14 August 2025.", "Complete"),
                ("2.2", "Develop a service improvement plan dashboard so that managers can track "
                        "actions from audits, complaints and adult support and protection reviews.",
                 "Service Manager, Care at Home; Business Support Team Leader",
                 "End of September 2025",
                 "Dashboard designed; data feed from complaints system outstanding.", "Amber"),
            ]),
        ]),
        ("Key question 3: How good is our staff team?", [
            ("Area for improvement 2: The provider should ensure that all staff receive regular "
             "supervision in line with the service’s supervision policy.", [
                ("3.1", "Hold supervision for every carer at least every 12 weeks, with a supervision "
                        "tracker reviewed at team leader meetings.",
                 "Care at Home Team Leaders", "By 30 November 2025",
                 "Supervision tracker set up; 64% of carers supervised within 12 weeks.", "Red"),
            ]),
        ]),
        ("Key question 5: How well is our care and support planned?", [
            ("Requirement 3: By 30 September 2025, the provider must ensure that each person has a "
             "personal plan which reflects their current needs, wishes and preferences and which is "
             "reviewed at least once in every six months.", [
                ("5.1", "Review all personal plans that have not been reviewed in the last six months, "
                        "involving the person and their family.",
                 "Review Officers", "31/10/2025",
                 "412 of 590 plans reviewed.", "Green"),
                ("5.2", "Introduce an outcome-focused personal plan template and train all review "
                        "officers in using it.",
                 "Practice Development Lead", "Q3 2025/26",
                 "Template agreed; training from October.", "Green"),
            ]),
        ]),
    ]
    for heading, blocks in sections:
        doc.add_paragraph(heading, style="Heading 2")
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, v in zip(tb.rows[0].cells, ("Ref", "Action", "Responsible", "Timescale",
                                            "Progress / evidence", "RAG")):
            set_text(c, v, bold=True)
            shade(c, "D9D9D9")
        for req, acts in blocks:
            cells = tb.add_row().cells
            merged = cells[0].merge(cells[5])
            set_text(merged, req, bold=True)
            shade(merged, "DEEAF6")
            for ref, action, who, when, prog, rag in acts:
                cells = tb.add_row().cells
                for c, v in zip(cells, (ref, action, who, when, prog, rag)):
                    set_text(c, v)
                shade(cells[5], rag_hex[rag])
        doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete = action completed and evidenced; Green = on track; "
                      "Amber = at risk of slipping; Red = overdue.")
    doc.save(out("kq2-perth-kinross-hscp-care-at-home-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Metropolitan Thames Valley Housing - RSH consumer standards plan (csv, read)
# ---------------------------------------------------------------------------
def make_mtvh():
    W = 8
    rows = [
        ["Metropolitan Thames Valley Housing – Consumer Standards Improvement Plan"],
        ["Response to the Regulator of Social Housing regulatory judgement (C3)"],
        ["Update to Customer Services Committee – 18 September 2025"],
        [],
        ["Standard", "Ref", "Action", "Lead", "Target date", "Revised date", "RAG", "Progress update"],
        ["Safety and Quality Standard"],
        ["", "SQ1", "Complete stock condition surveys for all homes so that data is no more than five "
                    "years old:\n- 30% of homes by March 2025\n- 100% of homes by March 2026",
         "Director of Asset Management", "31/03/2026", "", "Amber",
         "41% of homes surveyed. Second survey contractor mobilised in August 2025."],
        ["", "SQ2", "Clear the backlog of overdue high-risk actions from fire risk assessments.",
         "Head of Building Safety; Fire Safety Manager", "30/09/2024", "31/03/2025", "Complete",
         "All 1,126 high-risk actions closed and verified."],
        ["", "SQ3", "Introduce a damp and mould case management process with a 10 working day "
                    "inspection target, in line with Awaab's Law.",
         "Director of Repairs", "Oct-25", "", "Green",
         "Process live; 87% of inspections within 10 working days."],
        ["", "SQ4", "Ensure every home has a valid gas safety certificate, an electrical inspection "
                    "(EICR) within five years and an up-to-date asbestos survey.",
         "Head of Compliance", "Ongoing", "", "Green",
         "Gas 99.8%; EICR 96.1%; asbestos 98.4%. Reported monthly to the Board."],
        ["Transparency, Influence and Accountability Standard"],
        ["", "TIA1", "Publish Tenant Satisfaction Measures and complaint performance every quarter on "
                     "the website and in the residents' magazine.",
         "Head of Customer Insight", "30/06/2025", "", "Complete",
         "Q1 2025/26 results published July 2025."],
        ["", "TIA2", "Set up a Residents' Scrutiny Panel to review one service area each quarter and "
                     "report to the Customer Services Committee.",
         "Director of Customer Experience", "31/12/2025", "", "Green",
         "Nine residents recruited; first review (repairs communication) under way."],
        ["Tenancy Standard"],
        ["", "T1", "Complete tenancy audits for all households, starting with customers we have not "
                   "been in contact with for 12 months or more.",
         "Head of Neighbourhoods", "Mar-26", "", "Red",
         "Only 18% of audits complete because of housing officer vacancies. Recovery plan to "
         "October Committee."],
        ["Neighbourhood and Community Standard"],
        ["", "NC1", "Review the anti-social behaviour policy and introduce a risk assessment for all "
                    "new ASB cases.",
         "ASB Manager", "31/01/2025", "30/06/2025", "Complete",
         "Policy approved May 2025; risk assessment in use."],
        ["", "NC2", "Agree a cleaning and grounds maintenance specification with residents for all "
                    "estates with communal areas.",
         "Head of Estate Services", "31/03/2026", "", "", "Due to start January 2026."],
        [],
        ["Summary: 9 actions – 3 Complete, 3 Green, 1 Amber, 1 Red, 1 not started"],
        ["RAG: Complete = delivered and evidenced; Green = on track; Amber = at risk; Red = off track"],
    ]
    with open(out("kq2-metropolitan-thames-valley-housing-rsh-consumer-standards-improvement-plan.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r + [""] * (W - len(r)) if r else [""] * W)


# ---------------------------------------------------------------------------
# 7. West Lothian Council - Best Value thematic improvement action plan (txt, read)
# ---------------------------------------------------------------------------
def make_westlothian():
    T = "\t"
    lines = [
        "West Lothian Council – Best Value Thematic Work: Workforce Innovation – Improvement Action Plan",
        "Accounts Commission report: Workforce innovation – how councils are responding to workforce "
        "challenges (2023/24)",
        "Progress update to Audit and Governance Committee, 16 June 2025",
        "",
        T.join(["Ref", "Recommendation / agreed action", "Responsible officer", "Target date",
                "Progress", "Status"]),
        T.join(["Recommendation 1: The council should update its workforce plan so that it links "
                "clearly to the transformation programme and sets out the numbers and skills of staff "
                "it will need over the next five years.", "", "", "", "", ""]),
        T.join(["1.1", "Refresh the corporate Workforce Plan 2023/24 to 2027/28 to align it with the "
                "Transforming Your Council programme.", "Head of Corporate Services", "December 2024",
                "Refreshed plan approved by Council Executive on 11 February 2025.", "Complete"]),
        T.join(["1.2", "Develop service workforce plans for the five services with the highest vacancy "
                "and turnover rates, including succession plans for critical posts.",
                "HR Services Manager / Depute Chief Executives", "Q2 2025/26",
                "Plans drafted for Social Policy, Roads and Operational Services.", "On track"]),
        T.join(["Recommendation 2: The council should set out how it will use digital technology and "
                "automation to release staff capacity, and measure the benefits achieved.",
                "", "", "", "", ""]),
        T.join(["2.1", "Approve a Digital Transformation Strategy with a pipeline of automation projects "
                "and the estimated staff capacity released by each.",
                "Head of Corporate Services; IT Services Manager", "September 2025",
                "\"Strategy drafted. Approval moved from March to September 2025 so that it can\n"
                "reflect the outcome of the Microsoft 365 Copilot pilot.\"", "Some slippage"]),
        T.join(["2.2", "Report the benefits realised from automation projects, including staff hours "
                "released, to the Corporate Policy and Resources PDSP every six months.",
                "Transformation Manager", "Six-monthly",
                "First report presented 23 May 2025.", "On track"]),
        T.join(["Recommendation 3: The council should evaluate the impact of its hybrid and flexible "
                "working arrangements on service delivery, productivity and staff wellbeing.",
                "", "", "", "", ""]),
        T.join(["3.1", "Carry out an evaluation of hybrid working, including a staff survey and service "
                "performance data, and report the findings to the Corporate Management Team.",
                "HR Services Manager", "31/10/2025", "Scheduled to start in July 2025.", "Not started"]),
        T.join(["Recommendation 4: The council should work with partners, including West Lothian "
                "College and NHS Lothian, to develop joint approaches to recruitment and to growing "
                "its own workforce.", "", "", "", "", ""]),
        T.join(["4.1", "Expand the Modern Apprenticeship programme to 60 places a year, targeting "
                "hard-to-fill roles in care, roads and building services.",
                "Employability Manager", "August 2025",
                "62 apprentices started in the 2024/25 intake.", "Complete"]),
        T.join(["4.2", "Develop a joint health and social care recruitment campaign with NHS Lothian "
                "through the West Lothian IJB.", "Head of Social Policy; IJB Chief Officer",
                "March 2026", "Campaign paused because of NHS Lothian recruitment controls.",
                "Off track"]),
        "",
        "Status key: Complete (blue) | On track (green) | Some slippage (amber) | Off track (red) | "
        "Not started",
        "Summary: 7 actions – 2 complete, 2 on track, 1 some slippage, 1 off track, 1 not started",
    ]
    with open(out("kq2-west-lothian-council-best-value-thematic-workforce-innovation-improvement-action-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_rbfrs()
    make_brent()
    make_lincs()
    make_midwales()
    make_pk()
    make_mtvh()
    make_westlothian()
    print("built 7 files in", HERE)
