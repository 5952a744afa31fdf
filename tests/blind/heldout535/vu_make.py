"""Build the seven vu- blind test files (set heldout535).

Run with /work/main/.venv/bin/python vu_make.py ; writes next to this script.
Only files starting vu- are written.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY, HEAD = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9", "1F3864"


def out(name):
    assert name.startswith("vu-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


WORD_FILL = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Blue": BLUE, "Complete": BLUE}


# ====================================================================== 1
# Peterborough City Council - Ofsted focused visit action plan (docx)
PBO_TITLE = "Peterborough City Council – Ofsted Focused Visit Action Plan"
PBO_AFIS = [
    ("Area for improvement 1",
     "The quality and specificity of children’s plans, so that they are clear about what needs to change, who will do it and by when.",
     [
         ("1.1", "Relaunch the child in need and child protection plan template with SMART outcomes written in plain language with families, and brief all practitioners on its use.",
          "Principal Social Worker", "September 2025",
          "Template live on Liquidlogic from 1 July 2025; 14 briefing sessions delivered to 163 staff.", "Blue"),
         ("1.2", "Deliver practice workshops on writing outcome-focused plans for all social workers and team managers in the Assessment and Safeguarding teams.",
          "Head of Service Quality Assurance / Principal Social Worker", "31/10/2025",
          "Six of nine workshops delivered; remaining dates booked for September and October.", "Green"),
         ("1.3", "Add a plan quality measure to the monthly thematic audit programme and report findings to the Quality Assurance Board.",
          "Head of Service Quality Assurance", "Q3 2025/26",
          "Audit tool revised; first thematic audit delayed to October because of auditor capacity.", "Amber"),
     ]),
    ("Area for improvement 2",
     "The consistency and impact of management oversight and supervision, including the recording of the rationale for key decisions.",
     [
         ("2.1", "Revise the supervision policy and recording template so that reflective discussion, actions and the rationale for decisions are recorded on the child’s file.",
          "Service Manager (CIN/CP)", "August 2025",
          "Policy signed off at Children’s Services Leadership Team on 5 August 2025.", "Blue"),
         ("2.2", "Team managers to complete the management oversight training module, with attendance monitored through the workforce dashboard.",
          "Head of Service – Children in Need and Child Protection", "November 2025",
          "71% of team managers completed to date.", "Green"),
         ("2.3", "Dip-sample 10 supervision records per team each month and feed back learning through the Practice Improvement Forum.",
          "Service Manager (CIN/CP); Quality Assurance Manager", "Monthly",
          "June and July samples completed; learning shared at July forum.", "Green"),
     ]),
    ("Area for improvement 3",
     "The timeliness of initial child protection conferences.",
     [
         ("3.1", "Review conference scheduling capacity and recruit an additional Child Protection Chair on a fixed-term basis.",
          "Head of Safeguarding and Quality Assurance", "30 September 2025",
          "Recruitment campaign unsuccessful; agency Chair starting 1 September 2025 while the post is re-advertised.", "Red"),
         ("3.2", "Introduce a weekly timeliness tracker for strategy discussions and initial conferences, with exceptions escalated to the Assistant Director.",
          "Business Support Manager", "July 2025",
          "Tracker in place from 7 July 2025.", "Blue"),
     ]),
]


def make_peterborough():
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading(PBO_TITLE, level=0)
    d.add_paragraph("Children’s Services – focused visit 13 and 14 May 2025: arrangements for children in need and children subject to a child protection plan")

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Executive Director, Children’s Services"),
                 ("Version", "1.3"),
                 ("Date", "22 July 2025"),
                 ("Approved by", "Children’s Improvement Board, 15 July 2025"),
                 ("Next review", "October 2025")]:
        r = t.add_row().cells
        bold_cell(r[0], k)
        r[1].text = v
        shade(r[0], GREY)

    d.add_heading("Introduction", level=1)
    d.add_paragraph(
        "Ofsted carried out a focused visit to Peterborough children’s services in May 2025. Inspectors found that most "
        "children in need of help and protection receive a timely response, and identified three areas where practice "
        "needs to improve. This plan sets out the actions we will take, who is responsible and how we will know they "
        "have made a difference for children.")

    d.add_paragraph("RAG rating key")
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, desc in [("Red", "Not started or off track"),
                      ("Amber", "In progress – some risk to timescale"),
                      ("Green", "On track"),
                      ("Blue", "Complete and impact evidenced")]:
        r = k.add_row().cells
        r[0].text = col
        shade(r[0], WORD_FILL[col])
        r[1].text = desc

    d.add_heading("Action plan", level=1)
    for head, afi, rows in PBO_AFIS:
        d.add_heading(head, level=2)
        p = d.add_paragraph()
        p.add_run(afi).italic = True
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "By when", "Progress (July 2025)", "RAG"]):
            bold_cell(c, h)
            shade(c, GREY)
        for ref, act, lead, when, prog, rag in rows:
            r = t.add_row().cells
            for c, v in zip(r, [ref, act, lead, when, prog, rag]):
                c.text = v
            shade(r[5], WORD_FILL[rag])
        d.add_paragraph("")
    d.add_paragraph("Progress against this plan is reported monthly to the Children’s Improvement Board and quarterly "
                    "to the Children and Education Scrutiny Committee.")
    d.save(out("vu-peterborough-city-council-ofsted-focused-visit-action-plan.docx"))


# ====================================================================== 2
# Ipswich Borough Council - internal audit recommendations tracker (xlsx)
IPS_TITLE = "Ipswich Borough Council – Internal Audit Recommendations Tracker"
D = dt.datetime
IPS_GROUPS = [
    ("Housing Rents and Arrears 2024/25 – Limited Assurance", [
        ("Arrears recovery action should be taken within the timescales set in the Rent Arrears Policy, and any decision not to progress a case should be recorded with the reason.",
         [("HR-01a", "High", "Introduce a weekly exception report of cases where the next recovery stage is overdue, reviewed by the Income Team Leader.",
           "Income Team Leader", D(2025, 6, 30), D(2025, 12, 31), AMBER,
           "Report specified; awaiting Northgate upgrade scheduled for November."),
          ("HR-01b", "High", "Refresh training for Income Officers on the Rent Arrears Policy and the recording of exceptions.",
           "Head of Housing Services", D(2025, 9, 30), None, BLUE,
           "Training delivered 17 September 2025; attendance records sent to Internal Audit.")]),
        ("Former tenant arrears should be reviewed for write-off in line with the Financial Procedure Rules.",
         [("HR-02", "Medium", "Carry out a review of all former tenant arrears over six years old and submit write-off recommendations for approval.",
           "Income Team Leader / Housing Systems Manager", D(2025, 3, 31), D(2025, 9, 30), RED,
           "Review 60% complete. Revised date missed; new date to be agreed with Head of Housing Services.")]),
    ]),
    ("Council Tax Reductions and Discounts 2024/25 – Reasonable Assurance", [
        ("Single person discount reviews should be completed annually using data matching.",
         [("CT-01", "Medium", "Procure a data-matching review of single person discounts and act on the results.",
           "Revenues and Benefits Operations Manager", D(2025, 8, 31), None, BLUE,
           "Review completed; 412 discounts removed. Evidence provided.")]),
        ("Procedure notes for empty property exemptions should be updated.",
         [("CT-02", "Medium", "Update and publish the empty property exemption procedure notes on the team SharePoint site.",
           "Barker, Jo", D(2025, 11, 30), None, GREEN,
           "Draft with team leaders for comment.")]),
    ]),
    ("Procurement Cards 2024/25 – Limited Assurance", [
        ("Cardholders should obtain and upload VAT receipts for all transactions, and monthly statements should be approved by the budget holder.",
         [("PC-01a", "High", "Configure the card system to block statement sign-off until a receipt is attached to each transaction.",
           "Head of Finance", D(2025, 4, 30), D(2025, 10, 31), RED,
           "Supplier change request raised; configuration not yet delivered."),
          ("PC-01b", "High", "Issue a reminder to all cardholders and approvers of their responsibilities under the Procurement Card Policy.",
           "Head of Finance", D(2025, 4, 30), D(2025, 10, 31), RED,
           "Reminder drafted but not yet issued.")]),
        ("Cards that have not been used for twelve months should be cancelled.",
         [("PC-02", "Medium", "Run a quarterly report of dormant cards and cancel any not used in the last twelve months.",
           "Finance Manager (Exchequer)", D(2026, 1, 31), None, GREEN,
           "First quarterly report due December.")]),
    ]),
    ("Cyber Security – Patch Management 2024/25 – Reasonable Assurance", [
        ("Critical security patches should be applied to servers within 14 days of release.",
         [("IT-01", "High", "Implement automated patch deployment and compliance reporting for all Windows servers.",
           "ICT Infrastructure Manager", D(2025, 9, 30), D(2026, 3, 31), AMBER,
           "Tool procured. Roll-out to production servers planned for Q4 after the data centre move.")]),
    ]),
]


def make_ipswich():
    wb = openpyxl.Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = IPS_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Summary – follow-up of agreed actions"
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Position at 31 October 2025"
    hdr = ["Priority", "Actions in tracker", "Implemented", "Not yet due", "Overdue – revised date agreed", "Overdue – no revised date"]
    for i, h in enumerate(hdr, 1):
        c = s.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
    rows = [("High", 5, 1, 0, 2, 2), ("Medium", 4, 1, 2, 0, 1)]
    for r, row in enumerate(rows, 6):
        for i, v in enumerate(row, 1):
            s.cell(row=r, column=i, value=v).border = BOX
    s.cell(row=8, column=1, value="Total").font = Font(bold=True)
    for i in range(2, 7):
        col = openpyxl.utils.get_column_letter(i)
        c = s.cell(row=8, column=i, value=f"=SUM({col}6:{col}7)")
        c.font = Font(bold=True)
        c.border = BOX
    s.column_dimensions["A"].width = 14
    for col in "BCDEF":
        s.column_dimensions[col].width = 16

    t = wb.create_sheet("Outstanding actions")
    t["A1"] = IPS_TITLE
    t["A1"].font = Font(bold=True, size=14)
    t.merge_cells("A1:I1")
    t["A2"] = "Report to Audit & Governance Committee – 25 November 2025"
    t.merge_cells("A2:I2")
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
             "Original target date", "Revised target date", "RAG", "Update from service (October 2025)"]
    for i, h in enumerate(heads, 1):
        c = t.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for group, recs in IPS_GROUPS:
        c = t.cell(row=r, column=1, value=group)
        c.font = Font(bold=True)
        for i in range(1, 10):
            t.cell(row=r, column=i).fill = fill(GREY)
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, acts in recs:
            first = r
            t.cell(row=r, column=3, value=rec)
            for ref, pri, act, lead, orig, rev, rag, upd in acts:
                vals = [ref, pri, None, act, lead, orig, rev, None, upd]
                for i, v in enumerate(vals, 1):
                    if v is not None:
                        t.cell(row=r, column=i, value=v)
                    cc = t.cell(row=r, column=i)
                    cc.alignment = WRAP
                    cc.border = BOX
                for i in (6, 7):
                    t.cell(row=r, column=i).number_format = "dd/mm/yyyy"
                t.cell(row=r, column=8).fill = fill(rag)
                r += 1
            if r - first > 1:
                t.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    t.cell(row=r, column=1, value="Note: actions shown as implemented will be verified by Internal Audit and removed from the next report.")
    r += 2
    t.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for col, desc in [(RED, "Overdue – no revised date agreed, or revised date missed"),
                      (AMBER, "Overdue – revised date agreed"),
                      (GREEN, "Not yet due"),
                      (BLUE, "Implemented – awaiting verification")]:
        r += 1
        t.cell(row=r, column=1).fill = fill(col)
        t.cell(row=r, column=2, value=desc)
    widths = {"A": 10, "B": 9, "C": 45, "D": 45, "E": 24, "F": 13, "G": 13, "H": 7, "I": 40}
    for k, v in widths.items():
        t.column_dimensions[k].width = v
    t.freeze_panes = "A5"
    wb.save(out("vu-ipswich-borough-council-internal-audit-recommendations-tracker.xlsx"))


# ====================================================================== 3
# Tower Hamlets Council - Strategic Plan delivery plan (xlsx)
TH_TITLE = "Tower Hamlets Council – Strategic Plan 2022-26 Delivery Plan 2025/26"
TH_SHEETS = [
    ("P2 Homes", "Priority 2: Homes for the future", [
        ("Outcome 2.1: More genuinely affordable homes for local people", [
            ("2.1.1", "Start on site for 1,000 new social rented homes through the council’s own programme and registered provider partners.",
             "Director of Housing Supply", "Housing and Regeneration", D(2026, 3, 1), "Green", "Amber",
             "612 starts to date. Two schemes delayed by Building Safety Regulator gateway 2 approvals."),
            ("2.1.2", "Complete the Regulation 19 consultation on the new Local Plan, including revised affordable housing policies.",
             "Head of Strategic Planning", "Housing and Regeneration", "Q4 2025/26", "Green", "Green",
             "Consultation draft to Cabinet in January 2026."),
        ]),
        ("Outcome 2.2: Better quality, safer homes", [
            ("2.2.1", "Implement the selective licensing scheme for private rented homes in the designated wards and carry out 600 compliance inspections.",
             "Head of Environmental Health and Trading Standards", "Communities", D(2025, 12, 1), "Amber", "Amber",
             "388 inspections completed; two inspector vacancies."),
            ("2.2.2", "Complete damp and mould surveys for all council homes with open disrepair cases.\nClear the backlog of remedial works identified by the surveys.",
             "Director of Property and Asset Management; Head of Housing Management", "Housing and Regeneration", D(2025, 9, 1), "Amber", "Complete",
             "All 1,146 surveys complete and backlog cleared on 26 September 2025."),
        ]),
    ]),
    ("P7 Clean and green", "Priority 7: A clean and green future", [
        ("Outcome 7.1: Cleaner streets and public spaces", [
            ("7.1.1", "Extend the weekly food waste collection service to all flatted estates.",
             "Head of Waste Services", "Communities", D(2026, 3, 1), "Amber", "Red",
             "Vehicle delivery delayed to February 2026; roll-out will slip into 2026/27."),
            ("7.1.2", "Launch the ‘Clean Streets’ enforcement campaign targeting fly-tipping hotspots.",
             "Head of Public Realm", "Communities", D(2025, 7, 1), "Green", "Complete",
             "Launched 14 July 2025; 1,240 fixed penalty notices issued in Q2."),
        ]),
        ("Outcome 7.2: Action on the climate emergency", [
            ("7.2.1", "Publish the refreshed Net Zero Carbon Plan and annual progress report.",
             "Head of Sustainability", "Place", D(2025, 11, 1), "Green", "Green",
             "Draft to Mayor’s Advisory Board in October."),
            ("7.2.2", "Install 250 additional on-street electric vehicle charge points.",
             "Head of Highways", "Place", D(2026, 3, 1), "Red", "Amber",
             "Contract variation agreed; 96 installed, further 120 programmed."),
        ]),
    ]),
]


def make_tower_hamlets():
    wb = openpyxl.Workbook()
    s = wb.active
    s.title = "Contents & key"
    s["A1"] = TH_TITLE
    s["A1"].font = Font(bold=True, size=16)
    s["A3"] = "Quarter 2 monitoring (July – September 2025)"
    s["A5"] = "RAG status key"
    s["A5"].font = Font(bold=True)
    for i, (word, col, desc) in enumerate([
            ("Complete", BLUE, "Activity delivered"),
            ("Green", GREEN, "On track to deliver by the target date"),
            ("Amber", AMBER, "Some slippage – recoverable within the year"),
            ("Red", RED, "Off track – will not be delivered by the target date without intervention")], 6):
        s.cell(row=i, column=1, value=word).fill = fill(col)
        s.cell(row=i, column=2, value=desc)
    s["A11"] = "This workbook covers the delivery plan activities for Priority 2 and Priority 7. Other priorities are reported in separate workbooks."
    s.column_dimensions["A"].width = 14
    s.column_dimensions["B"].width = 70

    heads = ["Ref", "Activity", "Lead officer", "Directorate", "Target date", "Q1 RAG", "Q2 RAG", "Q2 progress commentary"]
    for sheet, prio, outcomes in TH_SHEETS:
        w = wb.create_sheet(sheet)
        w["A1"] = prio
        w["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        w["A1"].fill = fill("7030A0")
        w.merge_cells("A1:H1")
        for i, h in enumerate(heads, 1):
            c = w.cell(row=2, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            c.border = BOX
            c.alignment = WRAP
        r = 3
        for outcome, acts in outcomes:
            c = w.cell(row=r, column=1, value=outcome)
            c.font = Font(bold=True, italic=True)
            c.fill = fill("E4DFEC")
            w.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            for ref, act, lead, direc, date, q1, q2, com in acts:
                for i, v in enumerate([ref, act, lead, direc, date, q1, q2, com], 1):
                    c = w.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                if isinstance(date, dt.datetime):
                    w.cell(row=r, column=5).number_format = "mmm-yy"
                w.cell(row=r, column=6).fill = fill(WORD_FILL[q1])
                w.cell(row=r, column=7).fill = fill(WORD_FILL[q2])
                r += 1
        for k, v in {"A": 8, "B": 55, "C": 30, "D": 22, "E": 12, "F": 10, "G": 10, "H": 50}.items():
            w.column_dimensions[k].width = v
    wb.save(out("vu-tower-hamlets-council-strategic-plan-delivery-plan-2025-26.xlsx"))


# ====================================================================== 4
# South Cambridgeshire DC - strategic risk register, refuse (xlsx)
SC_TITLE = "South Cambridgeshire District Council – Strategic Risk Register 2025/26"
SC_RISKS = [
    ("SR01", "Financial sustainability\nThe Council is unable to set a balanced budget over the medium term because of funding reform, inflation and the cost of temporary accommodation.",
     "Chief Operating Officer", "4 x 4 = 16", "3 x 4 = 12", [
         ("Update the Medium Term Financial Strategy to reflect the Fair Funding Review outcome.", "Head of Finance", "December 2025", "On track"),
         ("Deliver the 2026/27 savings and income programme agreed by Cabinet.", "Head of Finance; Heads of Service", "March 2026", "On track"),
     ]),
    ("SR02", "Greater Cambridge Local Plan\nDelay to the joint Local Plan leaves the district exposed to speculative development and appeals.",
     "Joint Director of Planning and Economic Development", "4 x 4 = 16", "2 x 4 = 8", [
         ("Publish the Proposed Submission (Regulation 19) Local Plan for consultation.", "Assistant Director – Policy, Strategy and Economy", "Febuary 2026", "Some delay – water supply evidence awaited"),
         ("Maintain a five-year housing land supply position statement.", "Planning Policy Manager", "April 2026", "On track"),
     ]),
    ("SR03", "Cyber security\nA successful cyber attack disrupts council services or results in a data breach.",
     "Head of Transformation, HR and Corporate Services", "3 x 5 = 15", "2 x 5 = 10", [
         ("Complete the annual penetration test and remediate all high findings.", "ICT Security Lead", "November 2025", "On track"),
         ("Roll out phishing awareness training to all staff and members.", "ICT Security Lead", "January 2026", "On track"),
     ]),
    ("SR04", "Homelessness and temporary accommodation\nDemand for temporary accommodation exceeds supply, increasing costs and the use of bed and breakfast.",
     "Head of Housing", "4 x 3 = 12", "3 x 3 = 9", [
         ("Acquire 20 additional homes for use as temporary accommodation through the Local Authority Housing Fund.", "Housing Strategy Manager", "March 2026", "On track"),
     ]),
]


def make_south_cambs():
    wb = openpyxl.Workbook()
    w = wb.active
    w.title = "Strategic Risk Register"
    w["A1"] = SC_TITLE
    w["A1"].font = Font(bold=True, size=14)
    w["A2"] = "Quarter 2 review – Leadership Team 9 September 2025; Audit and Corporate Governance Committee 25 September 2025"
    heads = ["Risk ref", "Risk title and description", "Risk owner", "Current risk (L x I)", "Target risk (L x I)",
             "Further mitigating actions", "Action owner", "Target date", "Progress"]
    for i, h in enumerate(heads, 1):
        c = w.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00594F")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for ref, desc, owner, cur, tgt, acts in SC_RISKS:
        first = r
        for i, v in enumerate([ref, desc, owner, cur, tgt], 1):
            c = w.cell(row=r, column=i, value=v)
            c.alignment = WRAP
        score = int(cur.split("=")[1])
        w.cell(row=r, column=4).fill = fill(RED if score >= 15 else AMBER)
        for act, aown, date, prog in acts:
            for i, v in enumerate([act, aown, date, prog], 6):
                c = w.cell(row=r, column=i, value=v)
                c.alignment = WRAP
            for i in range(1, 10):
                w.cell(row=r, column=i).border = BOX
            r += 1
        if r - first > 1:
            for col in range(1, 6):
                w.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    w.cell(row=r, column=1, value="Risk profile summary").font = Font(bold=True)
    for lab, n, col in [("Red (15-25)", 2, RED), ("Amber (8-12)", 2, AMBER), ("Green (1-6)", 0, GREEN)]:
        r += 1
        w.cell(row=r, column=1, value=lab).fill = fill(col)
        w.cell(row=r, column=2, value=n)
    for k, v in {"A": 9, "B": 50, "C": 26, "D": 12, "E": 12, "F": 50, "G": 28, "H": 15, "I": 30}.items():
        w.column_dimensions[k].width = v
    wb.save(out("vu-south-cambridgeshire-dc-strategic-risk-register-2025-26-typo-month-refuse.xlsx"))


# ====================================================================== 5
# BCP Health and Wellbeing Board - action log (csv)
BCP_TITLE = "BCP Health and Wellbeing Board – Action Log"
BCP_MEETINGS = [
    ("Meeting of 10 March 2025", [
        ("HWB/25/01", "Min 54", "Circulate the final Pharmaceutical Needs Assessment 2025 to all Board members and publish it on the BCP Council website.",
         "Public Health Intelligence Manager", "31/03/2025", "Published 28 March 2025.", "B"),
        ("HWB/25/02", "Min 56", "Bring a report on the Better Care Fund 2025-26 plan to a future meeting, including the hospital discharge metrics.",
         "Director of Adult Social Care / NHS Dorset Place Lead", "14/07/2025",
         "Deferred to October because of the timing of national guidance. Report received 6 October 2025.", "B"),
    ]),
    ("Meeting of 14 July 2025", [
        ("HWB/25/03", "Min 9", "Arrange a Board development session on the Marmot Places approach with the Institute of Health Equity.",
         "Head of Communities, Partnerships and Community Safety", "Nov-25",
         "Date to be confirmed with IHE; likely to be January 2026.", "A"),
        ("HWB/25/04", "Min 11", "Provide an update on children and young people's mental health waiting times, broken down by locality.",
         "Sarah Holloway and Mark Denton", "12/01/2026", "Scheduled for the January 2026 meeting at the Chair's request.", "G"),
        ("HWB/25/05", "Min 12", "Nominate a representative from each partner organisation to the Healthy Homes task and finish group.",
         "All Board members", "Next meeting", "Four nominations received; NHS Dorset and Dorset Police nominations outstanding.", "R"),
    ]),
    ("Meeting of 6 October 2025", [
        ("HWB/25/06", "Min 23", "Run a workshop on the draft Health and Wellbeing Strategy with partners and the voluntary sector before the strategy is finalised.\nFeedback to be reported to the January 2026 meeting.",
         "Director of Public Health and Communities", "Dec-25", "Workshop booked for 2 December 2025.", "G"),
        ("HWB/25/07", "Min 24", "Share the NHS Dorset Joint Forward Plan refresh timetable with Board members.",
         "NHS Dorset Place Lead", "31/10/2025", "Circulated by email 20 October 2025.", "B"),
        ("HWB/25/08", "Min 25", "Keep the alignment of the Board's strategy with the Dorset Integrated Care Partnership strategy on the forward plan.",
         "Democratic Services Officer", "Ongoing", "Added to forward plan.", "G"),
    ]),
]


def make_bcp():
    rows = [[BCP_TITLE, "", "", "", "", "", ""],
            ["Updated after the meeting on 6 October 2025. Completed actions are removed once they have been reported to the Board.", "", "", "", "", "", ""],
            ["", "", "", "", "", "", ""],
            ["Ref", "Minute", "Action", "Lead", "Due date", "Update", "RAG"]]
    for meeting, acts in BCP_MEETINGS:
        rows.append([meeting, "", "", "", "", "", ""])
        for a in acts:
            rows.append(list(a))
    rows.append(["", "", "", "", "", "", ""])
    rows.append(["RAG: B = complete; G = on track; A = delayed - revised date set; R = overdue", "", "", "", "", "", ""])
    with open(out("vu-bcp-health-and-wellbeing-board-action-log.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ====================================================================== 6
# North Norfolk DC - Coastwise programme highlight report (docx)
NN_TITLE = "Coastwise – North Norfolk Coastal Transition Accelerator Programme"
NN_WORKSTREAMS = [
    ("Workstream 1: Community Transition Plans", [
        ("1.1", "Complete the first round of community conversations in Happisburgh, Mundesley and Trimingham and publish a ‘what we heard’ summary.",
         "Community Engagement Lead", "Jun-25", "Jul-25", "Complete", "Summary published on the Coastwise website on 24 July."),
        ("1.2", "Draft community transition plans for Happisburgh and Mundesley for consultation.",
         "Coastal Transition Lead & Community Engagement Lead", "Sep-25", "Dec-25", "Amber",
         "Drafting later than planned to allow a second drop-in session requested by Mundesley Parish Council."),
        ("1.3", "Set up the Coastwise community reference group with agreed terms of reference.",
         "Coastwise Programme Manager", "Oct-25", "Oct-25", "Green", "Twelve members recruited; first meeting 21 October."),
    ]),
    ("Workstream 2: Property, Assets and Infrastructure", [
        ("2.1", "Agree the criteria and governance for the property purchase for lease-back scheme with the Environment Agency.",
         "Coastal Property Lead", "Jul-25", "Nov-25", "Red", "Environment Agency approval delayed; escalated to the SRO."),
        ("2.2", "Commission the feasibility study for relocating the Cart Gap car park and beach access.",
         "Senior Coastal Engineer", "Aug-25", "Aug-25", "Complete", "Consultants appointed 11 August."),
    ]),
    ("Workstream 3: Learning, Research and Transferability", [
        ("3.1", "Publish the first Coastwise learning report for Defra and the Environment Agency.",
         "Programme Officer (Learning and Evaluation)", "Jan-26", "Jan-26", "Green", "Outline agreed with Defra."),
        ("3.2", "Agree a data-sharing agreement with the University of East Anglia for the coastal monitoring research.",
         "Coastwise Programme Manager / Legal Services", "Sep-25", "Dec-25", "Amber", "Draft agreement with UEA legal team."),
    ]),
]


def make_north_norfolk():
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading(NN_TITLE, level=0)
    p = d.add_paragraph()
    p.add_run("Programme Highlight Report to the Coastwise Programme Board").bold = True

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Reporting period", "July – September 2025 (Q2 2025/26)"),
                 ("Report date", "8 October 2025"),
                 ("Senior Responsible Owner", "Director for Place and Climate Change"),
                 ("Programme Manager", "Coastwise Programme Manager"),
                 ("Overall status", "Amber")]:
        r = t.add_row().cells
        bold_cell(r[0], k)
        r[1].text = v
    shade(t.rows[4].cells[1], AMBER)

    d.add_heading("1. Summary", level=1)
    d.add_paragraph(
        "Community engagement is progressing well and the first round of conversations is complete. The property "
        "purchase for lease-back scheme remains dependent on Environment Agency approval of the governance "
        "arrangements, which has put the overall schedule at Amber. Spend is in line with the profile agreed for 2025/26.")

    d.add_heading("2. Status by dimension", level=1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Dimension", "Last period", "This period", "Comment"]):
        bold_cell(c, h)
    for dim, last, this, com in [("Schedule", "Amber", "Amber", "See workstream 2."),
                                 ("Budget", "Green", "Green", "£1.9m spent to date against a £2.1m profile."),
                                 ("Risks and issues", "Amber", "Amber", "Two red risks, see section 4."),
                                 ("Resources", "Amber", "Green", "Community Engagement Lead in post from 1 July.")]:
        r = t.add_row().cells
        for c, v in zip(r, [dim, last, this, com]):
            c.text = v
        shade(r[1], WORD_FILL[last])
        shade(r[2], WORD_FILL[this])

    d.add_heading("3. Milestones and actions", level=1)
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Milestone / action", "Owner", "Baseline date", "Forecast date", "RAG", "Commentary"]):
        bold_cell(c, h)
        shade(c, "BDD7EE")
    for ws, rows in NN_WORKSTREAMS:
        r = t.add_row().cells
        m = r[0].merge(r[6])
        bold_cell(m, ws)
        shade(m, GREY)
        for row in rows:
            r = t.add_row().cells
            for c, v in zip(r, row):
                c.text = v
            shade(r[5], WORD_FILL[row[5]])
    d.add_paragraph("RAG: Complete = delivered; Green = on track; Amber = at risk but recoverable; Red = off track, Board action needed.")

    d.add_heading("4. Key risks and issues", level=1)
    d.add_paragraph("R07 – Environment Agency approval of the lease-back governance is not received in time to use the "
                    "2025/26 capital allocation (Red). R11 – Community expectations of the programme exceed what the "
                    "funding can deliver (Red).")
    d.add_heading("5. Decisions required from the Board", level=1)
    d.add_paragraph("The Board is asked to note the report and to agree that the SRO writes to the Environment Agency "
                    "Area Director about the lease-back approval.")
    d.save(out("vu-north-norfolk-dc-coastwise-programme-highlight-report.docx"))


# ====================================================================== 7
# Barking and Dagenham CSP - DHR action plan (tab-separated text)
BD_TITLE = "Barking and Dagenham Community Safety Partnership – DHR ‘Funmi’ Action Plan"
BD_RECS = [
    ("The CSP should seek assurance that GP practices in Barking and Dagenham routinely ask about domestic abuse and refer to the IRIS service.", "Local", [
        ("1.1", "Extend the IRIS training programme to all remaining GP practices in the borough.", "NHS North East London", "31/03/2026", "G",
         "24 of 31 practices trained."),
        ("1.2", "Audit a sample of GP records for routine enquiry and report the findings to the DHR Oversight Group.", "NHS North East London", "Jan-26", "A",
         "Audit tool agreed; sample selection delayed by practice data access."),
    ]),
    ("Housing services should ensure that officers recognise economic abuse and coercive control when a tenant reports rent arrears or asks for a transfer.", "Local", [
        ("2.1", "Deliver economic abuse training to all Income and Tenancy Management officers.", "My Place (LBBD Housing)", "30/11/2025", "G",
         "Three of four sessions delivered."),
        ("2.2", "Add a domestic abuse prompt to the rent arrears and transfer request procedures.", "My Place (LBBD Housing)", "Jul-25", "B",
         "Procedures updated 14 July 2025."),
    ]),
    ("The Metropolitan Police should ensure that DASH risk assessments are reviewed by a supervisor when a victim declines to answer the questions.", "Regional", [
        ("3.1", "Issue a briefing to all response and Public Protection officers in the East Area BCU.", "Metropolitan Police – East Area BCU", "Jun-25", "B",
         "Briefing issued 2 June 2025."),
        ("3.2", "Include supervisor review of incomplete DASH forms in the BCU monthly domestic abuse audit.", "Metropolitan Police – East Area BCU", "Monthly", "G",
         "Included from July audit onwards."),
    ]),
    ("The Home Office should consider issuing guidance on the use of interpreters who are known to the victim's family or community.", "National", [
        ("4.1", "CSP Chair to write to the Home Office on behalf of the Review Panel setting out this recommendation.", "LBBD Community Safety", "Apr-25", "B",
         "Letter sent 9 April 2025; acknowledgement received."),
        ("4.2", "Remind all partner agencies of the requirement to use independent professional interpreters in domestic abuse cases and to record this on the case file.",
         "LBBD Community Safety; Safeguarding Adults Board", "Dec-25", "A", "Briefing drafted; to be issued through the Safeguarding Adults Board bulletin."),
    ]),
]


def make_barking():
    lines = [BD_TITLE,
             "Monitored by the DHR Oversight Group. Status as at 30 September 2025.",
             "",
             "\t".join(["No.", "Recommendation", "Scope", "Action", "Lead agency", "Target date", "RAG", "Progress / evidence"])]
    for rec, scope, acts in BD_RECS:
        for i, (no, act, lead, date, rag, prog) in enumerate(acts):
            lines.append("\t".join([no, rec if i == 0 else "", scope if i == 0 else "", act, lead, date, rag, prog]))
    lines += ["",
              "RAG key: B - complete and evidenced; G - on track; A - at risk of slipping; R - overdue",
              "Next review: DHR Oversight Group, December 2025"]
    with open(out("vu-barking-dagenham-csp-dhr-funmi-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    make_peterborough()
    make_ipswich()
    make_tower_hamlets()
    make_south_cambs()
    make_bcp()
    make_north_norfolk()
    make_barking()


if __name__ == "__main__":
    main()
