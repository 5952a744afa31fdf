"""Build the seven zyg- blind test files (set heldout606).

Run with /work/main/.venv/bin/python zyg_make.py ; writes beside this script.
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


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, fill=None, size=None):
    """Write text into a docx cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if fill:
        shade(cell, fill)


FILL = {
    "R": "FF0000",
    "A": "FFC000",
    "G": "00B050",
    "B": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "light": "DEEAF6",
}

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def xfill(hex_fill):
    return PatternFill("solid", start_color=hex_fill, end_color=hex_fill)


# ======================================================= 1. Bannerman (docx)
def bannerman():
    doc = Document()
    p = doc.add_paragraph("Glasgow City Council – Education Services")
    p.runs[0].italic = True
    doc.add_heading("Bannerman High School – Post-Inspection Improvement Plan", level=0)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Establishment", "Bannerman High School, Baillieston"),
        ("Inspection", "Education Scotland full model inspection, February 2024"),
        ("Report published", "23 April 2024"),
        ("Plan owner", "Head Teacher"),
        ("Quality Improvement Officer", "Link QIO, North East Area"),
        ("Version / date", "v2 – 10 September 2024"),
    ]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, fill=FILL["light"])
        set_cell(row[1], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "HM Inspectors agreed the following areas for improvement with the school and "
        "Glasgow City Council. Each area for improvement is set out in its own table below, "
        "with the actions the school will take, who will lead them and when they will be "
        "complete. Progress is reviewed by the Senior Leadership Team each term and reported "
        "to the Parent Council."
    )
    doc.add_paragraph(
        "Progress key:  G – on track    A – some delay, action in hand    "
        "R – not progressing, support needed    Complete – action finished"
    )

    sections = [
        (
            "1. Learning, teaching and assessment (QI 2.3)",
            "Senior leaders and staff should continue to improve the consistency of learning "
            "and teaching across the school so that all young people experience well-paced "
            "lessons with an appropriate level of challenge.",
            [
                ("1.1",
                 "Establish a learning and teaching working group to refresh the Bannerman "
                 "Learning and Teaching Standard, with a focus on pace, challenge and differentiation.",
                 "DHT (Curriculum)", "October 2024",
                 "Revised Standard shared with all staff at October in-service day.", "Complete"),
                ("1.2",
                 "Introduce a programme of peer learning visits with at least two visits per "
                 "teacher each term.",
                 "DHT (Curriculum) / Principal Teachers", "Termly",
                 "Visit log shows 90% of teachers completing two visits per term.", "G"),
                ("1.3",
                 "Carry out a focused SLT learning walk in each faculty and share key strengths "
                 "and next steps with faculty teams.\nFollow-up walk to check impact one term later.",
                 "Head Teacher; SLT link officers", "Jan 2025 – May 2025",
                 "Learning walk reports for all eight faculties.", "A"),
            ],
        ),
        (
            "2. Raising attainment and achievement (QI 3.2)",
            "Senior leaders should continue to raise attainment in the senior phase, "
            "particularly for young people living in SIMD quintiles 1 and 2.",
            [
                ("2.1",
                 "Refine the tracking and monitoring system for S4–S6 so that every young person "
                 "has an agreed working grade and target grade reviewed at three points in the year.",
                 "DHT (Senior Phase)", "31/10/2024",
                 "Tracking reports issued to parents in November, February and April.", "Complete"),
                ("2.2",
                 "Use Pupil Equity Funding to appoint a Raising Attainment Mentor to work with "
                 "targeted young people in SIMD 1 and 2.",
                 "Head Teacher & Business Manager", "Nov-24",
                 "Mentor in post; caseload of 40 young people.", "A"),
                ("2.3",
                 "Introduce supported study sessions after school and during the Easter break "
                 "for National 5 and Higher courses.",
                 "Principal Teacher (Pupil Support) and Faculty Heads", "March 2025",
                 "Attendance at supported study; increase in A–C passes.", "G"),
            ],
        ),
        (
            "3. Ensuring wellbeing, equality and inclusion (QI 3.1)",
            "The school should develop further its approaches to planned, progressive learning "
            "in health and wellbeing, including personal and social education.",
            [
                ("3.1",
                 "Audit the S1–S6 PSE programme against the Health and Wellbeing experiences and "
                 "outcomes and identify gaps.",
                 "PT Health and Wellbeing", "December 2024",
                 "Audit complete and shared with Pupil Support team.", "Complete"),
                ("3.2",
                 "Redesign the PSE programme with input from the Pupil Leadership Team and "
                 "launch it with the new timetable.",
                 "DHT (Pupil Support), PT Health and Wellbeing", "August 2025",
                 "Young people report PSE lessons are relevant (pupil survey).", "G"),
                ("3.3",
                 "Survey young people each term on their wellbeing and use the results to plan "
                 "targeted interventions.",
                 "Pupil Support team", "Ongoing",
                 "SHANARRI survey results improve year on year.", "G"),
            ],
        ),
    ]

    headers = ["Ref", "Action", "Lead", "By when", "Measures of success", "RAG"]
    for heading, afi, actions in sections:
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=2, cols=6)
        tb.style = "Table Grid"
        set_cell(tb.cell(0, 0), "Area for improvement", bold=True, fill=FILL["light"])
        m = tb.cell(0, 1).merge(tb.cell(0, 5))
        set_cell(m, afi)
        for i, h in enumerate(headers):
            set_cell(tb.cell(1, i), h, bold=True, fill=FILL["grey"])
        for ref, act, lead, when, measure, rag in actions:
            c = tb.add_row().cells
            set_cell(c[0], ref)
            set_cell(c[1], act)
            set_cell(c[2], lead)
            set_cell(c[3], when)
            set_cell(c[4], measure)
            set_cell(c[5], rag, fill={"G": "92D050", "A": "FFC000", "R": "FF0000",
                                      "Complete": "9DC3E6"}[rag])
        doc.add_paragraph()

    doc.add_paragraph("Next review: Parent Council meeting, January 2025.")
    st = doc.add_table(rows=3, cols=3)
    st.style = "Table Grid"
    for i, h in enumerate(["Signed off by", "Name", "Date"]):
        set_cell(st.cell(0, i), h, bold=True)
    set_cell(st.cell(1, 0), "Head Teacher")
    set_cell(st.cell(1, 2), "10/09/2024")
    set_cell(st.cell(2, 0), "Quality Improvement Officer")
    set_cell(st.cell(2, 2), "12/09/2024")
    doc.save(out("zyg-bannerman-high-school-education-scotland-inspection-improvement-plan.docx"))


# ============================================================ 2. NIFRS (docx)
def nifrs():
    doc = Document()
    doc.add_heading(
        "NIFRS – Report to Those Charged with Governance 2023-24: Management Action Plan", level=0)
    doc.add_paragraph("Northern Ireland Fire & Rescue Service")
    doc.add_paragraph("Audit and Risk Assurance Committee, 27 February 2025 – Agenda item 6")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Change"]):
        set_cell(dc.cell(0, i), h, bold=True, fill=FILL["grey"])
    for v in [("0.1", "02/12/2024", "Head of Corporate Governance", "Draft responses from Directors"),
              ("0.2", "20/01/2025", "Head of Corporate Governance", "Revised dates agreed with NIAO"),
              ("1.0", "11/02/2025", "Director of Finance and Corporate Services", "Approved for ARAC")]:
        r = dc.add_row().cells
        for i, x in enumerate(v):
            set_cell(r[i], x)

    doc.add_paragraph()
    doc.add_paragraph(
        "The Northern Ireland Audit Office (NIAO) issued its Report to Those Charged with "
        "Governance on the 2023-24 audit of the NIFRS financial statements in October 2024. "
        "The table below sets out each finding, the NIAO recommendation and the actions "
        "management has agreed. Where a target date has been revised the original date is "
        "retained for reference.")

    doc.add_heading("Priority ratings used by NIAO", level=2)
    pk = doc.add_table(rows=0, cols=2)
    pk.style = "Table Grid"
    for a, b in [
        ("Priority 1", "Significant issues for consideration by senior management which may give "
                       "rise to material misstatement in the financial statements."),
        ("Priority 2", "Important issues to be addressed by management in their areas of "
                       "responsibility."),
        ("Priority 3", "Issues of a more minor nature which represent best practice."),
    ]:
        r = pk.add_row().cells
        set_cell(r[0], a, bold=True)
        set_cell(r[1], b)

    doc.add_heading("Management action plan", level=2)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["Ref", "Agreed action", "Responsible officer", "Target date",
                           "Revised date", "Status"]):
        set_cell(t.cell(0, i), h, bold=True, fill=FILL["grey"])

    findings = [
        ("Finding 1 – Direct Award Contracts", "Priority 1",
         "NIFRS should strengthen its controls to ensure that all Direct Award Contracts are "
         "approved in advance, in line with the Department of Finance’s Procurement Guidance "
         "Note 01/21, and that retrospective approvals are reported to the Audit and Risk "
         "Assurance Committee.",
         [("1.1", "Issue a revised DAC procedure to all budget holders and require completion of "
                  "the DAC approval form before any order is raised.",
           "Head of Procurement", "31 March 2025", "", "Complete"),
          ("1.2", "Report all retrospective DACs to each ARAC meeting as a standing item.",
           "Director of Finance and Corporate Services", "June 2025", "September 2025", "Green")]),
        ("Finding 2 – Fleet and fixed asset register", "Priority 2",
         "NIFRS should carry out a full reconciliation of the fleet register to the fixed asset "
         "register and remove disposed vehicles promptly.",
         [("2.1", "Complete a full reconciliation of the fleet management system to the fixed "
                  "asset register as at 31 March 2025.",
           "Head of Fleet and Engineering / Financial Accountant", "30/04/2025", "30/06/2025",
           "Complete"),
          ("2.2", "Introduce a monthly disposals return from Fleet to Finance, signed off by the "
                  "Head of Fleet and Engineering.",
           "Head of Fleet and Engineering", "May 2025", "", "Amber")]),
        ("Finding 3 – Overtime and additional hours payments", "Priority 2",
         "Management should ensure that overtime claims are authorised by an appropriate officer "
         "before being processed and that payroll exception reports are reviewed.",
         [("3.1", "Remind all Station Commanders and Group Commanders of the authorisation "
                  "requirements for overtime and additional hours claims.",
           "Head of Human Resources", "December 2024", "", "Complete"),
          ("3.2", "Develop a monthly payroll exception report highlighting claims above 40 hours "
                  "and review it at the Finance and Payroll Liaison Group.\nFirst report to be "
                  "reviewed in April 2025.",
           "Payroll Manager", "April 2025", "Q2 2025/26", "Amber")]),
        ("Finding 4 – Register of interests", "Priority 3",
         "NIFRS should ensure that declarations of interest are obtained annually from all Board "
         "members and senior officers and that the register is published.",
         [("4.1", "Publish the 2024-25 Register of Interests for Board members and the Senior "
                  "Leadership Team on the NIFRS website.",
           "Board Secretary", "31/01/2025", "", "Complete")]),
    ]
    stfill = {"Complete": "9DC3E6", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    for title, prio, rec, acts in findings:
        r = t.add_row()
        m = r.cells[0].merge(r.cells[4])
        set_cell(m, title, bold=True, fill=FILL["light"])
        set_cell(r.cells[5], prio, bold=True, fill=FILL["light"])
        r = t.add_row()
        set_cell(r.cells[0], "Recommendation", bold=True)
        m = r.cells[1].merge(r.cells[5])
        set_cell(m, rec)
        for ref, act, who, tgt, rev, status in acts:
            c = t.add_row().cells
            set_cell(c[0], ref)
            set_cell(c[1], act)
            set_cell(c[2], who)
            set_cell(c[3], tgt)
            set_cell(c[4], rev)
            set_cell(c[5], status, fill=stfill[status])

    doc.add_paragraph()
    doc.add_heading("Summary of progress", level=2)
    s = doc.add_table(rows=0, cols=5)
    s.style = "Table Grid"
    for row in [("", "Priority 1", "Priority 2", "Priority 3", "Total"),
                ("Actions agreed", "2", "4", "1", "7"),
                ("Complete", "1", "2", "1", "4"),
                ("In progress", "1", "2", "0", "3")]:
        c = s.add_row().cells
        for i, x in enumerate(row):
            set_cell(c[i], x, bold=(row[0] == ""))
    doc.add_paragraph("Status as reported by Directors at 11 February 2025.")
    doc.save(out("zyg-nifrs-niao-report-to-those-charged-with-governance-2023-24-action-plan.docx"))


# ============================================ 3. Education Scotland risk register (xlsx)
def edscot():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Education Scotland – Corporate Risk Register 2025-26"
    cov["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Risk register owner", "Chief Executive"),
        ("Position at", dt.datetime(2025, 9, 30)),
        ("Reviewed by", "Executive Leadership Team, 7 October 2025"),
        ("Presented to", "Audit and Risk Committee, 4 November 2025"),
        ("Version", "2025-26 v3"),
    ]
    for i, (k, v) in enumerate(rows, start=3):
        cov.cell(i, 1, k).font = Font(bold=True)
        c = cov.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    cov["A10"] = "Scoring: Likelihood (1–5) x Impact (1–5)"
    cov["A10"].font = Font(bold=True)
    for i, (band, txt, col) in enumerate([
        ("15–25", "High – ELT oversight, reported to ARC", "FF0000"),
        ("8–12", "Medium – managed by risk owner", "FFC000"),
        ("1–6", "Low – tolerate / monitor", "00B050"),
    ], start=11):
        cov.cell(i, 1, band).fill = xfill(col)
        cov.cell(i, 2, txt)
    cov["A15"] = "Action status: R – off track   A – at risk   G – on track   Complete – action closed"
    cov.column_dimensions["A"].width = 30
    cov.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Risk Register")
    ws["A1"] = "Education Scotland – Corporate Risk Register 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 30 September 2025"
    hdr = ["Risk", "Risk description", "Risk owner", "Inherent score (L x I)",
           "Key controls in place", "Residual score (L x I)", "Action ref",
           "Further action required", "Action owner", "Target date", "Action status",
           "Trend"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill(FILL["head"])
        c.alignment = WRAP
        c.border = BORDER

    D = dt.datetime
    data = [
        ("Strategic priority 1: A successful transition to the new national education bodies", [
            ("CR01 – Education reform transition",
             "Risk that the transition to the new national education agency and the independent "
             "office of HM Chief Inspector of Education disrupts delivery of core functions, "
             "leading to loss of support to schools and reputational damage.",
             "Chief Executive", "5 x 4 = 20",
             "Reform Programme Board; joint SG/ES governance; monthly highlight reports.",
             ("4 x 4 = 16", "FF0000"), "→",
             [("1a", "Agree a transition programme plan with Scottish Government, including "
                     "critical path milestones for establishing HM Chief Inspector of Education "
                     "as an independent office.",
               "Director of Corporate Services", D(2025, 12, 31), "A"),
              ("1b", "Run monthly all-staff briefings and keep the transition FAQ on the "
                     "intranet up to date.",
               "Head of Communications", "Monthly", "G"),
              ("1c", "Complete financial due diligence for the transfer of functions, assets "
                     "and contracts.",
               "Head of Finance; Head of Procurement", "March 2026", "G")]),
            ("CR02 – Workforce capacity and wellbeing",
             "Risk that uncertainty about reform leads to increased turnover and absence, "
             "leaving insufficient capacity and skills to deliver the business plan.",
             "Director of Corporate Services", "4 x 4 = 16",
             "Workforce plan; vacancy management panel; Employee Assistance Programme.",
             ("3 x 4 = 12", "FFC000"), "↑",
             [("2a", "Implement the Strategic Workforce Plan 2025-28, prioritising recruitment "
                     "to HM Inspector vacancies.",
               "Head of People and Culture", "Jun-26", "A"),
              ("2b", "Roll out the wellbeing action plan arising from the 2024 People Survey.",
               "Head of People and Culture", "Sept 2025", "Complete")]),
        ]),
        ("Strategic priority 2: Effective, trusted inspection and improvement support", [
            ("CR03 – Inspection programme delivery",
             "Risk that the planned programme of school and early learning inspections is not "
             "delivered because of inspector vacancies and the reform workload.",
             "Strategic Director (Scrutiny)", "4 x 3 = 12",
             "Quarterly programme monitoring; use of Associate Assessors.",
             ("3 x 3 = 9", "FFC000"), "→",
             [("3a", "Re-profile the 2025-26 inspection programme to reflect available inspector "
                     "capacity and agree it with the Executive Leadership Team.",
               "Strategic Director (Scrutiny)", "Aug-25", "Complete"),
              ("3b", "Recruit and train a further cohort of Associate Assessors from the school "
                     "workforce.",
               "Strategic Director (Scrutiny)", "January 2026", "R")]),
            ("CR04 – Cyber security and information governance",
             "Risk of a cyber incident or data breach affecting inspection evidence or personal "
             "data, leading to loss of service and regulatory action by the ICO.",
             "Director of Corporate Services", "4 x 5 = 20",
             "SG iTECS managed service; MFA; annual penetration test.",
             ("2 x 5 = 10", "FFC000"), "↓",
             [("4a", "Complete Cyber Essentials Plus re-accreditation.",
               "Head of Digital", D(2025, 11, 30), "G"),
              ("4b", "Deliver mandatory data protection and cyber awareness training to all "
                     "staff, with completion rates reported to the Audit and Risk Committee.",
               "Head of Digital / Data Protection Officer", "Q4 2025/26", "G")]),
        ]),
    ]
    rag_fill = {"R": "FF0000", "A": "FFC000", "G": "00B050", "Complete": "5B9BD5"}
    r = 5
    for prio, risks in data:
        ws.cell(r, 1, prio).font = Font(bold=True)
        ws.cell(r, 1).fill = xfill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        r += 1
        for (risk, desc, owner, inh, ctrl, (res, resfill), trend, acts) in risks:
            first = r
            for ref, act, who, tgt, st in acts:
                ws.cell(r, 7, ref)
                ws.cell(r, 8, act)
                ws.cell(r, 9, who)
                c = ws.cell(r, 10, tgt)
                if isinstance(tgt, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(r, 11, st)
                c.fill = xfill(rag_fill[st])
                r += 1
            last = r - 1
            for col, val in [(1, risk), (2, desc), (3, owner), (4, inh), (5, ctrl), (6, res),
                             (12, trend)]:
                ws.cell(first, col, val)
                if last > first:
                    ws.merge_cells(start_row=first, start_column=col, end_row=last,
                                   end_column=col)
            ws.cell(first, 6).fill = xfill(resfill)
            ws.cell(first, 1).font = Font(bold=True)
    for row in ws.iter_rows(min_row=5, max_row=r - 1, max_col=12):
        for c in row:
            c.alignment = WRAP
            c.border = BORDER
    for col, w in zip("ABCDEFGHIJKL", [24, 40, 20, 12, 32, 12, 8, 50, 24, 12, 10, 7]):
        ws.column_dimensions[col].width = w
    ws.cell(r + 1, 1, "Trend: ↑ risk increasing  → no change  ↓ risk reducing")
    ws.freeze_panes = "A5"

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Residual risk profile – 30 September 2025"
    hm["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("High (15–25)", 1), ("Medium (8–12)", 3), ("Low (1–6)", 0),
                                ("Total risks", 4)], start=3):
        hm.cell(i, 1, k)
        hm.cell(i, 2, v)
    wb.save(out("zyg-education-scotland-corporate-risk-register-2025-26.xlsx"))


# ======================================= 4. Audit Wales internal audit tracker (xlsx)
def auditwales():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Wales Audit Office – Internal Audit Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Summary position – Audit and Risk Assurance Committee, 25 November 2025"
    hdr = ["Audit", "Assurance", "Recommendations", "Complete", "Green", "Amber", "Red",
           "Not started"]
    for i, h in enumerate(hdr, start=1):
        sm.cell(4, i, h).font = Font(bold=True)
    for r, row in enumerate([
        ("Payroll 2024-25", "Reasonable", 2, 2, 0, 0, 0, 0),
        ("Cyber Security and Resilience 2024-25", "Limited", 2, 0, 1, 2, 0, 0),
        ("Fee Setting and Income Management 2025-26", "Reasonable", 2, 0, 2, 0, 0, 0),
        ("Hybrid Working and Estates 2025-26", "Advisory", 1, 0, 0, 0, 0, 1),
        ("Total", "", 7, 2, 3, 2, 0, 1),
    ], start=5):
        for i, v in enumerate(row, start=1):
            sm.cell(r, i, v)
    sm["A11"] = ("Note: the Cyber Security recommendation CYB-1 has two agreed actions, so the "
                 "status counts total eight.")
    sm.column_dimensions["A"].width = 44

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Wales Audit Office – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report to the Audit and Risk Assurance Committee – 25 November 2025"
    ws["A3"] = "Internal auditor: TIAA Ltd.  Open recommendations and those closed since the last meeting."
    hdr = ["Audit", "Assurance", "Rec no.", "Priority", "Recommendation",
           "Agreed management action", "Responsible officer", "Original due date",
           "Revised due date", "Previous RAG (Sept 2025)", "Current RAG (Nov 2025)",
           "Progress update"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("C00000")
        c.alignment = WRAP
        c.border = BORDER
    D = dt.datetime
    rows = [
        # audit, assurance, ref, prio, rec, action, officer, orig, rev, prev, cur, update
        ("Payroll 2024-25", "Reasonable", "PAY-1", "2",
         "Starters and leavers forms should be authorised before processing and retained on the "
         "HR system.",
         "Introduce an electronic starter/leaver workflow in the HR system so that line manager "
         "authorisation is captured before Payroll processes the change.",
         "Head of HR", D(2025, 3, 31), D(2025, 9, 30), "Amber", "Complete",
         "Workflow live from 1 September 2025; evidence provided to TIAA."),
        ("", "", "PAY-2", "3",
         "Overtime and additional hours claims should be reviewed monthly against budget.",
         "Finance business partners to include overtime analysis in monthly budget monitoring "
         "packs.",
         "Finance Manager", D(2025, 6, 30), None, "Green", "Complete",
         "Included from the July 2025 packs."),
        ("Cyber Security and Resilience 2024-25", "Limited", "CYB-1", "1",
         "Audit Wales should complete and test its IT disaster recovery plan.",
         "Update the ICT disaster recovery plan to reflect the move to cloud-hosted audit "
         "software.",
         "Head of IT", D(2025, 5, 31), D(2025, 10, 31), "Amber", "Green",
         "Plan redrafted; awaiting ELT sign-off on 2 December."),
        ("", "", "CYB-1", "1", None,
         "Carry out a full disaster recovery test and report the results to the Executive "
         "Leadership Team.",
         "Head of IT / Head of Information Governance", D(2025, 9, 30), D(2026, 1, 31),
         "Amber", "Amber", "Test scheduled for January 2026 after the plan is approved."),
        ("", "", "CYB-2", "2",
         "Privileged user accounts should be reviewed quarterly.",
         "Introduce a quarterly review of privileged and administrator accounts, with evidence "
         "retained.",
         "Head of IT", D(2025, 6, 30), None, "Red", "Amber",
         "First review completed in October; process note being written."),
        ("Fee Setting and Income Management 2025-26", "Reasonable", "FEE-1", "2",
         "The fee scales consultation process should be documented in a procedure note.",
         "Document the annual fee scales consultation and approval process, including Senedd "
         "Finance Committee timelines.",
         "Director of Finance", D(2025, 12, 31), None, "Green", "Green",
         "Draft procedure note prepared."),
        ("", "", "FEE-2", "3",
         "Aged debt over 90 days should be reported to the Executive Leadership Team quarterly.",
         "Add an aged debt analysis to the quarterly finance report to ELT.",
         "Financial Controller", "Q3 2025-26", None, "", "Green",
         "New recommendation – first report due December."),
        ("Hybrid Working and Estates 2025-26", "Advisory", "EST-1", "2",
         "Office utilisation data should be used to inform the estates strategy.",
         "Collate desk booking and utilisation data for the Cardiff and Penllergaer offices and "
         "present options to the Board.",
         "Director of Corporate Services", "March 2026", None, "", "Not started",
         "Data collection starts January 2026."),
    ]
    rag = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "5B9BD5"}
    r = 6
    for row in rows:
        for i, v in enumerate(row, start=1):
            if v is None:
                continue
            c = ws.cell(r, i, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i in (10, 11) and v in rag:
                c.fill = xfill(rag[v])
        r += 1
    # CYB-1 recommendation cell spans its two action rows
    ws.merge_cells("E8:E9")
    for row in ws.iter_rows(min_row=6, max_row=r - 1, max_col=12):
        for c in row:
            c.alignment = WRAP
            c.border = BORDER
    for col, w in zip("ABCDEFGHIJKL", [26, 12, 8, 8, 40, 44, 24, 12, 12, 12, 12, 36]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG definitions"
    key["A1"].font = Font(bold=True)
    for i, (k, v, f) in enumerate([
        ("Complete", "Implemented and evidence seen by Internal Audit", "5B9BD5"),
        ("Green", "On track to meet the due date", "00B050"),
        ("Amber", "At risk of missing the due date, or revised date agreed", "FFC000"),
        ("Red", "Overdue", "FF0000"),
        ("Not started", "Not yet due to start", None),
    ], start=3):
        c = key.cell(i, 1, k)
        if f:
            c.fill = xfill(f)
        key.cell(i, 2, v)
    key.column_dimensions["B"].width = 60
    wb.save(out("zyg-audit-wales-internal-audit-recommendations-tracker.xlsx"))


# ============================== 5. Barnardo's Cymru fostering CIW plan (xlsx, refuse)
def barnardos():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Barnardo's Cymru Fostering Service – Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Following Care Inspectorate Wales inspection 14–16 May 2025 "
                "(report published 8 July 2025)")
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Responsible Individual: Assistant Director, Barnardo's Cymru     "
                "Registered Manager: Service Manager (Fostering)")
    ws.merge_cells("A3:H3")
    ws["A4"] = "RAG shown by cell colour: green on track, amber some delay, red not on track, blue complete"
    ws["A4"].font = Font(italic=True)
    ws.merge_cells("A4:H4")
    hdr = ["Theme", "No.", "Area for improvement identified by CIW", "Action we will take",
           "Lead", "Target date", "Progress update (October 2025)", "RAG"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(6, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("4A2A6B")
        c.alignment = WRAP
        c.border = BORDER
    col = {"G": "00B050", "A": "FFC000", "R": "FF0000", "B": "0070C0"}
    D = dt.datetime
    layout = [
        ("theme", "Well-being"),
        ("act", "1", "Children’s views are not consistently recorded in foster carer annual reviews.",
         "Amend the annual review template so that the views of children and young people "
         "placed are recorded as a separate section.",
         "Team Manager (Supervising Social Workers)", D(2025, 8, 31),
         "New template in use from August.", "B"),
        ("act", None, None,
         "Audit a sample of 10 annual reviews each quarter to check children’s views are "
         "included.",
         "Service Manager (Fostering)", "Quarterly", "First audit: 9 of 10 compliant.", "G"),
        ("theme", "Care and Development"),
        ("act", "2", "Supervising social workers’ visits to foster carers are not always carried "
                     "out at the frequency set out in the Statement of Purpose.",
         "Introduce a monthly visit-compliance report from the case management system and "
         "review it in team meetings.",
         "Team Manager (Supervising Social Workers)", "October 2025",
         "Report running since September.", "B"),
        ("act", "3", "Not all foster carers have completed mandatory safeguarding refresher "
                     "training within the required timescale.",
         "Contact the six carers overdue training and book them on to the November "
         "safeguarding course.",
         "Learning and Development Lead", "30 Nov 2025", "Five of six booked.", "G"),
        ("act", None, None,
         "Add training compliance to the agenda of each foster carer supervision visit.",
         "Supervising Social Workers", "Febuary 2026", "Agenda template being updated.", "A"),
        ("theme", "Leadership and Management"),
        ("act", "4", "The Responsible Individual’s six-monthly quality of care review did not "
                     "include feedback from placing local authorities.",
         "Send a feedback survey to all placing authorities ahead of each quality of care "
         "review.",
         "Responsible Individual", "Mar-26", "Survey drafted.", "G"),
        ("act", "5", "Not all staff files contained a full employment history with gaps "
                     "explained.",
         "Complete an audit of all staff recruitment files and obtain missing employment "
         "histories.",
         "HR Business Partner (Wales)", D(2025, 12, 31), "14 of 22 files checked.", "A"),
    ]
    r = 7
    theme_first = None
    area_first = None
    for item in layout:
        if item[0] == "theme":
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(r, c).fill = xfill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        _, no, area, act, lead, tgt, upd, rag = item
        if no is not None:
            ws.cell(r, 2, no)
            ws.cell(r, 3, area)
            area_first = r
        else:
            ws.merge_cells(start_row=area_first, start_column=2, end_row=r, end_column=2)
            ws.merge_cells(start_row=area_first, start_column=3, end_row=r, end_column=3)
        ws.cell(r, 4, act)
        ws.cell(r, 5, lead)
        c = ws.cell(r, 6, tgt)
        if isinstance(tgt, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        ws.cell(r, 7, upd)
        ws.cell(r, 8).fill = xfill(col[rag])
        r += 1
    for row in ws.iter_rows(min_row=7, max_row=r - 1, max_col=8):
        for c in row:
            c.alignment = WRAP
            c.border = BORDER
    r += 1
    ws.cell(r, 1, "Approved by the Responsible Individual on 22 July 2025. Next review: January 2026.")
    for colname, w in zip("ABCDEFGH", [14, 5, 40, 46, 26, 13, 30, 6]):
        ws.column_dimensions[colname].width = w

    notes = wb.create_sheet("Notes")
    notes["A1"] = "Notes"
    notes["A2"] = ("The improvement plan is shared with CIW and reviewed at the Barnardo's Cymru "
                   "fostering management meeting each month.")
    wb.save(out("zyg-barnardos-cymru-fostering-ciw-inspection-improvement-plan-typo-month-refuse.xlsx"))


# ========================================== 6. RQIA ARAC action log (csv)
def rqia():
    rows = [
        ["RQIA Audit and Risk Assurance Committee – Action Log", "", "", "", "", "", "", ""],
        ["Updated following the meeting of 16 October 2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Action No.", "Meeting date", "Agenda item", "Action", "Responsible", "Due date",
         "Status", "Update / comment"],
        ["Actions carried forward from 2024-25", "", "", "", "", "", "", ""],
        ["ARAC/24/07", "13/02/2025", "Internal Audit Progress Report",
         "Provide an update on implementation of the outstanding Information Governance "
         "recommendation on records management.",
         "Head of Business Support", "June 2025", "Complete",
         "Update provided 12 June 2025. Closed."],
        ["ARAC/24/11", "27/03/2025", "Corporate Risk Register",
         "Add a specific risk on the ICT infrastructure replacement programme to the Corporate "
         "Risk Register.",
         "Director of Corporate Services", "Sep-25", "Amber",
         "Draft risk considered by SMT; to be finalised for the next meeting."],
        ["Actions from 2025-26 meetings", "", "", "", "", "", "", ""],
        ["ARAC/25/01", "12/06/2025", "Annual Governance Statement 2024-25",
         "Strengthen the narrative in the Governance Statement on the backlog of inspection "
         "reports awaiting publication.",
         "Chief Executive; Director of Assurance", "30/06/2025", "Complete",
         "Revised wording agreed by Chair and included in final Annual Report."],
        ["ARAC/25/02", "12/06/2025", "NIAO Report to Those Charged with Governance",
         "Circulate the final Report to Those Charged with Governance to all Board members.",
         "Board Secretary", "July 2025", "Complete", "Circulated 3 July 2025."],
        ["ARAC/25/03", "12/06/2025", "Fraud and Whistleblowing Report",
         "Arrange fraud awareness training for Board members at the September Board workshop.",
         "Head of Finance", "September 2025", "Green",
         "Session booked with Counter Fraud Services for 25 September."],
        ["ARAC/25/04", "16/10/2025", "Internal Audit Progress Report",
         "Review the timescales for the two Priority 2 recommendations on inspection report "
         "quality assurance and bring a revised plan to the next meeting.",
         "Director of Assurance / Director of Improvement", "December 2025", "Green", ""],
        ["ARAC/25/05", "16/10/2025", "Corporate Risk Register",
         "Provide a deep-dive on Corporate Risk 4 (Workforce), including vacancy and sickness "
         "absence trends.",
         "Director of Corporate Services", "Feb-26", "Green", "Scheduled for February meeting."],
        ["ARAC/25/06", "16/10/2025", "Any other business",
         "Schedule the annual ARAC self-assessment of effectiveness and circulate the NIAO "
         "checklist to members.",
         "Board Secretary", "Next meeting", "Not started", ""],
        ["ARAC/25/07", "16/10/2025", "Counter Fraud Update",
         "Report the outcome of the National Fraud Initiative 2024-25 data matching exercise.",
         "Head of Finance", "31 March 2026", "Green", ""],
        ["", "", "", "", "", "", "", ""],
        ["Status key: Complete = action closed; Green = on track; Amber = at risk; "
         "Red = overdue; Not started = not yet due", "", "", "", "", "", "", ""],
    ]
    with open(out("zyg-rqia-audit-and-risk-assurance-committee-action-log.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)


# ================================ 7. HIW operational plan delivery tracker (txt)
def hiw():
    lines = [
        "Healthcare Inspectorate Wales – Operational Plan 2025-26: Quarter 2 Delivery Tracker",
        "Reported to: Senior Management Team, 21 October 2025",
        "RAG key: B = complete, G = on track, A = at risk, R = off track",
        "",
        "\t".join(["Ref", "Action", "Lead", "Due", "Q1 RAG", "Q2 RAG", "Comment"]),
        "Strategic Priority 1: Deliver an agile, intelligence-led programme of assurance",
        "\t".join(["1.1", "Deliver the 2025-26 NHS hospital inspection programme, including "
                   "unannounced inspections of all emergency departments.",
                   "Head of Inspection (NHS)", "Q4 2025-26", "G", "G",
                   "14 of 27 planned inspections completed."]),
        "\t".join(["1.2", "Complete the national review of patient flow and discharge jointly "
                   "with Care Inspectorate Wales.",
                   "Head of Reviews; Head of Intelligence", "Dec 2025", "G", "A",
                   "Fieldwork extended by four weeks at the request of two health boards;"]),
        "\t".join(["", "", "", "", "", "",
                   "draft report now expected in January."]),
        "\t".join(["1.3", "Launch the new GP and dental inspection framework following "
                   "consultation.",
                   "Head of Inspection (Primary Care)", "July 2025", "A", "B",
                   "Launched 14 July 2025."]),
        "Strategic Priority 2: Take action when standards are not met",
        "\t".join(["2.1", "Review the Service of Concern and Immediate Assurance processes and "
                   "publish revised guidance.",
                   "Head of Regulation", "30/09/2025", "G", "B",
                   "Guidance published 26 September."]),
        "\t".join(["2.2", "Implement the independent healthcare enforcement tracker on the case "
                   "management system.",
                   "Head of Regulation & Digital Services Manager", "Q3 2025-26", "G", "R",
                   "Supplier delay; escalated to SMT."]),
        "\t".join(["2.3", "Publish quarterly summaries of enforcement action taken against "
                   "independent healthcare providers.",
                   "Communications Manager", "Quarterly", "G", "G", "Q1 summary published."]),
        "Strategic Priority 3: Develop our people and our organisation",
        "\t".join(["3.1", "Deliver the HIW Workforce Plan actions for 2025-26, including "
                   "recruitment of four Healthcare Inspectors.",
                   "Head of Corporate Services", "March 2026", "A", "A",
                   "Two inspectors appointed; second campaign in November."]),
        "\t".join(["3.2", "Prepare for transition to the new case management system (phase 2).",
                   "Digital Services Manager", "Feb 2026", "", "",
                   "Not started – dependent on Welsh Government procurement."]),
        "\t".join(["3.3", "Refresh the Welsh Language Standards compliance plan and report to "
                   "the Welsh Language Commissioner.",
                   "Welsh Language Officer", "End of June 2025", "B", "B", "Reported June 2025."]),
        "",
        "\t".join(["Totals", "", "", "", "", "B 3 / G 2 / A 2 / R 1", ""]),
        "Notes: actions rated B in Q2 will be removed from the Q3 tracker.",
    ]
    with open(out("zyg-healthcare-inspectorate-wales-operational-plan-2025-26-delivery-tracker.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    bannerman()
    nifrs()
    edscot()
    auditwales()
    barnardos()
    rqia()
    hiw()
    print("built 7 files in", HERE)
