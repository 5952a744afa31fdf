"""Generator for the dp1- cases of heldout154 (blind corpus).

Run with /work/main/.venv/bin/python dp1_make.py  (python-docx, openpyxl).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Heart of Worcestershire College - Ofsted FE post-inspection action plan
# ---------------------------------------------------------------------------
def how_college():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    widths = [7, 48, 16, 24, 13, 13, 50, 9]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws["A1"] = "Heart of Worcestershire College \u2013 Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = "Ofsted inspection: 12\u201315 March 2024  |  Report published: 24 April 2024"
    ws["A3"] = "Progress update for Quality & Standards Committee \u2013 17 October 2024"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Lead", "Success measure", "Target date",
           "Revised date", "Progress update (Oct 2024)", "RAG"]
    r = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    rows = [
        ("afi", "Area for improvement 1: Leaders and managers should ensure that apprentices' "
                "off-the-job training is planned and coordinated with employers so that apprentices "
                "develop the substantial new knowledge and skills they need."),
        ("1.1", "Introduce a three-way training plan review (apprentice, employer, skills coach) "
                "at the start of every apprenticeship and at each 12-week progress review.",
         "Head of Apprenticeships", "100% of new starts have a signed training plan",
         d(2024, 6, 30), None,
         "Three-way reviews in place for all new starts since May. Audit in September found 97% "
         "of plans signed by employers; remaining plans chased.", BLUE),
        ("1.2", "Map off-the-job training for each standard to the employer's workplace activity "
                "and record it in the e-portfolio.",
         "Apprenticeship Quality Manager", "OTJ hours on track for 90% of apprentices",
         d(2024, 7, 31), d(2024, 12, 31),
         "Mapping complete for engineering and health standards. Business and digital standards "
         "delayed by e-portfolio migration; revised date agreed at PIAP board.", GREEN),
        ("1.3", "Run employer briefing sessions on the off-the-job requirements and the "
                "employer's role in planning training.",
         "JS / KP", "80% of levy employers attend a briefing",
         d(2024, 9, 30), None,
         "Two sessions held (31 employers). Attendance from SMEs low; further sessions "
         "booked for November.", AMBER),
        None,
        ("afi", "Area for improvement 2: Leaders should ensure that teachers of English and "
                "mathematics on study programmes check learners' understanding effectively so "
                "that more learners achieve their qualifications."),
        ("2.1", "Deliver CPD on assessment for learning and questioning to all English and "
                "mathematics teachers.",
         "Director of English and Maths", "All staff complete CPD; observation profile improves",
         d(2024, 5, 31), None,
         "CPD delivered in April and May training days. All 38 teachers attended.", BLUE),
        ("2.2", "Introduce termly learning walks focused on checking understanding, with "
                "feedback and follow-up coaching.",
         "Head of Teaching, Learning and Assessment", "Learning walk outcomes show improvement",
         d(2025, 1, 31), None,
         "First cycle of learning walks completed in September. Coaching allocated to 9 staff.",
         GREEN),
        ("2.3", "Use diagnostic assessment results to set individual targets and monitor "
                "progress at six-weekly intervals.",
         "AL Maths / AL English", "Achievement rates in GCSE and FS above national rate",
         d(2025, 6, 30), None,
         "Diagnostics completed for all 16-18 learners by week 4. Target-setting embedded in "
         "ProMonitor.", GREEN),
        None,
        ("afi", "Area for improvement 3: Leaders and governors should improve attendance on study "
                "programmes, particularly in English and mathematics lessons."),
        ("3.1", "Implement the revised attendance policy with same-day contact for absence and "
                "weekly attendance panels.",
         "Vice Principal Students", "Attendance at 90% or above",
         "Ongoing", None,
         "Policy launched September 2024. Attendance at week 6 is 88% (87% last year).", GREEN),
        ("3.2", "Recruit two additional attendance officers to support English and mathematics "
                "lessons at the Redditch and Bromsgrove campuses.",
         "Head of Student Services", "Officers in post",
         d(2024, 10, 31), None,
         "First recruitment round unsuccessful. Post re-advertised; interviews in November.",
         RED),
    ]
    r = 6
    for row in rows:
        if row is None:
            r += 1
            continue
        if row[0] == "afi":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True)
            c.fill = fill("DDEBF7")
            c.alignment = WRAP
            ws.row_dimensions[r].height = 32
            r += 1
            continue
        ref, action, lead, measure, tgt, rev, prog, rag = row
        vals = [ref, action, lead, measure, tgt, rev, prog, None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        ws.cell(r, 8).fill = fill(rag)
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key:").font = Font(bold=True)
    for i, (col, txt) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                     (AMBER, "Some slippage \u2013 recoverable"),
                                     (RED, "Off track \u2013 escalate to PIAP board")]):
        ws.cell(r + 1 + i, 1).fill = fill(col)
        ws.cell(r + 1 + i, 2, txt)
    wb.save(os.path.join(HERE, "dp1-heart-of-worcestershire-college-ofsted-fe-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Student Loans Company - internal audit recommendations tracker (CSV)
# ---------------------------------------------------------------------------
def slc_csv():
    hdr = ["Ref", "Audit", "Assurance rating", "Priority", "Recommendation",
           "Agreed management action", "Action owner", "Original due date",
           "Revised due date", "RAG", "Latest update"]
    rows = [
        ["IA23-07.1", "Payroll and Expenses 2023-24", "Moderate", "High",
         "Management should ensure that all changes to standing payroll data are independently "
         "checked before the payroll is run.",
         "Introduce a second-person check on all standing data changes in the HR system, "
         "evidenced by a monthly exception report signed off by the Payroll Manager.",
         "Head of Payroll", "31/03/2024", "", "Complete",
         "Exception report live from February 2024. Evidence of sign-off for Feb and Mar "
         "provided to GIAA."],
        ["IA23-07.2", "Payroll and Expenses 2023-24", "Moderate", "Medium",
         "Expense claims over the policy limits should be approved by a budget holder at "
         "grade 7 or above.",
         "Update the expenses policy and configure approval routing in the expenses system.",
         "Head of Payroll; HR Policy Lead", "30/04/2024", "30/09/2024", "Green",
         "Policy approved by ExCo in June. System change scheduled for September release."],
        ["IA23-11.1", "Third Party Supplier Management", "Limited", "High",
         "A complete contract register should be maintained, with a named contract manager "
         "for each contract over \u00a3100k.",
         "Complete the contract register and assign contract managers for all contracts over "
         "\u00a3100k; report coverage to the Audit and Risk Committee.",
         "Director of Commercial", "30/06/2024", "31/12/2024", "Amber",
         "Register 85% complete. Remaining contracts sit with the digital directorate and are "
         "being reviewed with the Chief Digital Officer."],
        ["IA23-11.2", "Third Party Supplier Management", "Limited", "Medium",
         "Supplier performance should be reviewed against KPIs at least quarterly for "
         "critical suppliers.",
         "Roll out the quarterly supplier review template to all critical supplier contracts.",
         "Commercial Assurance Manager", "30/09/2024", "", "Red",
         "Template agreed but reviews not yet held for 4 of 11 critical suppliers. Escalated "
         "to Director of Commercial."],
        ["IA24-02.1", "Customer Complaints Handling", "Substantial", "Low",
         "Root cause analysis of upheld complaints should be reported to the Customer "
         "Experience Board.",
         "Add a quarterly root cause summary to the Customer Experience Board pack.",
         "Head of Customer Experience", "30/09/2024", "", "Complete",
         "First summary presented at the September board."],
        ["IA24-04.1", "Cyber Security \u2013 Privileged Access", "Limited", "High",
         "Privileged accounts should be reviewed at least quarterly and leavers' access "
         "removed within one working day.",
         "Implement automated leaver deprovisioning and a quarterly privileged access review "
         "signed off by system owners.",
         "Chief Information Security Officer", "31/12/2024", "", "Green",
         "Deprovisioning automation in test. First quarterly review completed in October."],
        ["IA24-04.2", "Cyber Security \u2013 Privileged Access", "Limited", "Medium",
         "Break-glass accounts should be documented and their use logged and reviewed.",
         "Document all break-glass accounts and add them to SIEM alerting.",
         "Head of IT Operations / CISO", "31/01/2025", "", "Green",
         "Inventory complete (14 accounts). SIEM rule being built."],
        ["IA24-06.1", "Counter Fraud \u2013 Applications", "Moderate", "Medium",
         "The counter fraud team should agree data-matching arrangements with the "
         "relevant partners.",
         "Agree and sign data sharing agreements with HMRC and the Cabinet Office NFI team.",
         "Head of Counter Fraud", "31/03/2025", "", "Not started",
         "Work to begin in Q4 once the fraud risk assessment is refreshed."],
    ]
    path = os.path.join(HERE, "dp1-student-loans-company-internal-audit-recommendations-tracker.csv")
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(hdr)
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 3. RNOH - CQC must do / should do action plan (typo month -> refuse)
# ---------------------------------------------------------------------------
def rnoh():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    widths = [6, 18, 44, 46, 20, 20, 12, 44, 9]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    ws["A1"] = "Royal National Orthopaedic Hospital NHS Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "CQC Inspection Action Plan \u2013 Must Do and Should Do actions"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Inspection: surgery and outpatients core services, June 2024. Position at 30 November 2024."
    hdr = ["No.", "Core service", "CQC finding", "Action", "Executive lead", "Operational lead",
           "Due date", "Progress / evidence", "RAG"]
    r = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
        c.alignment = WRAP
    data = [
        ("sec", "MUST DO"),
        ("1", "Surgery", "The trust must ensure that all staff complete mandatory training, "
         "including safeguarding level 3, in line with trust targets.",
         "Weekly compliance reports to ward managers; protected time for staff below target.",
         "Chief Nurse", "Head of Nursing \u2013 Surgery", d(2024, 10, 31),
         "Compliance at 91% (target 90%). Safeguarding L3 at 88%.", GREEN),
        ("2", "Surgery", "The trust must ensure that the WHO surgical safety checklist is "
         "fully completed for every patient.",
         "Monthly observational audit of the checklist in all theatres with results reported "
         "to the Theatre Governance Group.",
         "Medical Director", "Clinical Director \u2013 Theatres", d(2024, 12, 31),
         "Audits started in August. Completion at 96%; debrief element remains weakest.", AMBER),
        ("3", "Outpatients", "The trust must ensure that patient records are stored securely "
         "in outpatient clinics.",
         "Install lockable notes trolleys in all clinic rooms and audit compliance.",
         "Chief Operating Officer", "Outpatients Manager", "Septmber 2024",
         "Trolleys installed in all 14 clinic rooms. Spot checks show full compliance.", BLUE),
        ("sec", "SHOULD DO"),
        ("4", "Surgery", "The trust should ensure that fridge temperatures are checked and "
         "recorded daily.",
         "Introduce electronic temperature monitoring for medicines fridges.",
         "Chief Pharmacist", "Lead Pharmacist \u2013 Surgery", d(2025, 1, 31),
         "Business case approved. Installation planned for January.", GREEN),
        ("5", "Outpatients", "The trust should ensure that waiting times in clinics are "
         "communicated to patients.",
         "Display clinic running times on screens in waiting areas and brief reception staff.",
         "Chief Operating Officer", "Outpatients Manager", d(2024, 11, 30),
         "Screens in place in main outpatients; Bolsover Street site outstanding.", AMBER),
        ("6", "Outpatients", "The trust should ensure that interpreters are booked in advance "
         "for patients who need them.",
         "Add an interpreter flag to the booking system and audit use quarterly.",
         "Chief Nurse", "Patient Experience Lead", d(2025, 3, 31),
         "Flag specified; awaiting system supplier.", GREEN),
    ]
    r = 6
    for row in data:
        if row[0] == "sec":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill(NAVY)
            r += 1
            continue
        vals = list(row[:8]) + [None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(r, 9).fill = fill(row[8])
        ws.cell(r, 9).border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for i, (col, txt) in enumerate([(RED, "Off track"), (AMBER, "Some risk to delivery"),
                                     (GREEN, "On track"), (BLUE, "Complete and evidenced")]):
        ws.cell(r + 1 + i, 1).fill = fill(col)
        ws.cell(r + 1 + i, 2, txt)
    wb.save(os.path.join(HERE, "dp1-rnoh-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))


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


def bold_row(row):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.font.bold = True


# ---------------------------------------------------------------------------
# 4. DHCW - Audit Wales structured assessment recommendations (docx)
# ---------------------------------------------------------------------------
def dhcw():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Digital Health and Care Wales", level=1)
    doc.add_heading("Audit Wales Structured Assessment 2023 \u2013 Management Response and Action Plan", level=2)
    doc.add_paragraph(
        "This document sets out the management response to the recommendations made by Audit "
        "Wales in its Structured Assessment 2023 report, and progress against the agreed actions. "
        "It is reported to each meeting of the Audit and Assurance Committee.")
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, (a, b, c) in enumerate([("Version", "Date", "Author"),
                                    ("0.1", "12/01/2024", "Board Secretariat"),
                                    ("0.2", "05/03/2024", "Board Secretariat"),
                                    ("1.0", "18/04/2024", "Head of Corporate Governance")]):
        t.rows[i].cells[0].text = a
        t.rows[i].cells[1].text = b
        t.rows[i].cells[2].text = c
    bold_row(t.rows[0])
    doc.add_paragraph()
    doc.add_paragraph("Recommendations and management response").runs[0].font.bold = True
    hdr = ["Ref", "Recommendation", "Management response / action", "Responsible officer",
           "Completion date", "Progress update", "Status"]
    recs = [
        ("R1", "The Board should review its Standing Orders and Scheme of Delegation to reflect "
               "its current structure and statutory functions.",
         [("R1", "The Standing Orders and Scheme of Delegation will be reviewed and presented to "
                 "the Board for approval.",
           "Director of Corporate Governance and Board Secretary", "March 2024",
           "Approved by the Board on 28 March 2024.", "Complete")]),
        ("R2", "The organisation should strengthen the Board Assurance Framework so that it "
               "clearly shows the sources of assurance for each strategic risk.",
         [("R2", "Refresh the Board Assurance Framework, mapping assurance sources and gaps for "
                 "each principal risk, and hold a Board development session on risk appetite.",
           "Director of Corporate Governance and Board Secretary", "Q1 2024/25",
           "Development session held in May. Revised BAF drafted and with Executive Directors "
           "for review.", "On track")]),
        ("R3", "DHCW should improve the quality of its financial and performance reporting to "
               "the Board, including forecast outturn and delivery of savings.",
         [("R3(a)", "Revise the finance report template to include forecast outturn, risks to "
                    "delivery and savings tracking.",
           "Executive Director of Finance", "31 May 2024",
           "New template used from the May Board.", "Complete"),
          ("R3(b)", "Develop an integrated performance report combining service, workforce and "
                    "financial measures.",
           "Executive Director of Finance / Head of Corporate Planning", "September 2024",
           "First draft shared with the Executive team. Data for workforce measures still "
           "being validated; may slip to October.", "Amber")]),
        ("R4", "The organisation should ensure that committee annual reports and self-assessments "
               "of effectiveness are completed each year.",
         [("R4", "Complete committee self-assessments and present annual reports to the Board.",
           "Head of Corporate Governance", "30/06/2024",
           "Self-assessment survey issued to all committee members in April.", "On track")]),
        ("R5", "DHCW should set out how it will monitor the delivery of its IMTP priorities "
               "and report progress publicly.",
         [("R5", "Publish quarterly IMTP delivery updates on the website alongside Board papers.",
           "Chief Executive", "Quarterly",
           "Q4 2023/24 update published. Q1 update due in July.", "On track")]),
    ]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        shade(t.rows[0].cells[i], "C6D9F1")
    bold_row(t.rows[0])
    for rref, rtext, actions in recs:
        first = None
        for ai, (aref, atext, lead, end, prog, status) in enumerate(actions):
            row = t.add_row()
            cells = row.cells
            cells[0].text = aref
            if ai == 0:
                cells[1].text = rtext
                first = cells[1]
            cells[2].text = atext
            cells[3].text = lead
            cells[4].text = end
            cells[5].text = prog
            cells[6].text = status
        if len(actions) > 1:
            last = t.rows[len(t.rows) - 1].cells[1]
            first.merge(last)
            # merge keeps text of the first cell; strip stray empty paragraph
            paras = first.paragraphs
            for p in paras[1:]:
                if not p.text:
                    p._element.getparent().remove(p._element)
    doc.add_paragraph()
    doc.add_paragraph("Status: Complete / On track / Amber (at risk of slipping) / Red (off track).")
    doc.save(os.path.join(HERE, "dp1-dhcw-audit-wales-structured-assessment-recommendations-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Cornerstone Aberdeen care at home - Care Inspectorate improvement plan (docx)
# ---------------------------------------------------------------------------
def cornerstone():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    h = doc.add_heading("Cornerstone Aberdeen Care at Home and Housing Support Service", level=1)
    doc.add_paragraph("Improvement Plan following Care Inspectorate inspection (unannounced, 19\u201323 February 2024)")
    doc.add_paragraph(
        "The inspection report made two requirements and three areas for improvement. This plan "
        "sets out what we will do, who is responsible and by when. It is reviewed monthly by the "
        "Registered Manager and the Area Manager.")
    hdr = ["No.", "Action", "Responsible", "Timescale", "Progress", "RAG"]

    def block(heading, text, actions):
        p = doc.add_paragraph()
        run = p.add_run(heading)
        run.font.bold = True
        doc.add_paragraph(text).runs[0].font.italic = True
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, hh in enumerate(hdr):
            t.rows[0].cells[i].text = hh
            shade(t.rows[0].cells[i], "E2EFD9")
        bold_row(t.rows[0])
        for no, action, resp, when, prog, rag, colour in actions:
            cells = t.add_row().cells
            cells[0].text = no
            cells[1].text = action
            cells[2].text = resp
            cells[3].text = when
            cells[4].text = prog
            cells[5].text = rag
            if colour:
                shade(cells[5], colour)
        doc.add_paragraph()

    doc.add_heading("Key question 1: How well do we support people's wellbeing?", level=2)
    block("Requirement 1",
          "By 31 May 2024, the provider must ensure that people's medication is managed safely "
          "and in line with their prescription, and that medication administration records are "
          "accurate and complete.",
          [("1.1", "All care staff to complete refresher medication training and a competency "
                   "observation.", "Registered Manager", "30 April 2024",
            "Training completed by 46 of 47 staff; final staff member on long-term leave.",
            "Complete", "9DC3E6"),
           ("1.2", "Introduce weekly audit of electronic MAR charts with follow-up of any "
                   "missed or unsigned entries.", "Care Co-ordinators", "End of May 2024",
            "Weekly audits in place since March. Missed entries down from 21 to 3 per week.",
            "Green", "92D050"),
           ("1.3", "Review all medication support plans with people and their families.",
            "RM / Senior Support Worker", "31/05/2024",
            "38 of 52 plans reviewed. Remaining reviews booked.", "Amber", "FFC000")])
    block("Area for improvement 1",
          "To support people's wellbeing, the provider should ensure that personal plans reflect "
          "people's current needs, preferences and outcomes, and are reviewed at least every six months.",
          [("1.4", "Agree a six-monthly review schedule and record review dates on the "
                   "rostering system.", "Care Co-ordinators", "June 2024",
            "Schedule agreed. Review dates added for all people supported.", "Complete", "9DC3E6"),
           ("1.5", "Audit a sample of ten personal plans each month for outcome-focused "
                   "recording.", "Registered Manager", "Monthly",
            "April and May audits completed; feedback given at team meetings.", "Green", "92D050")])

    doc.add_heading("Key question 2: How good is our leadership?", level=2)
    block("Requirement 2",
          "By 30 June 2024, the provider must ensure that quality assurance processes are "
          "effective in identifying and addressing areas for improvement.",
          [("2.1", "Develop a quality assurance calendar covering medication, personal plans, "
                   "spot checks and complaints.", "Area Manager", "31 May 2024",
            "Calendar approved by the Quality and Compliance Team.", "Complete", "9DC3E6"),
           ("2.2", "Produce a monthly service improvement report for the Area Manager, with "
                   "actions tracked to completion.", "Registered Manager", "30 June 2024",
            "First report produced for May.", "Green", "92D050")])
    block("Area for improvement 2",
          "The provider should ensure that staff receive regular supervision in line with its "
          "own policy.",
          [("2.3", "Book supervision for all staff at least every eight weeks and record "
                   "compliance.", "Care Co-ordinators", "July 2024",
            "Supervision compliance at 64%. Two co-ordinator vacancies affecting delivery.",
            "Red", "FF0000"),
           ("2.4", "Introduce group supervision for night staff.", "Training Officer",
            "September 2024", "", "Not started", None)])
    doc.add_paragraph("RAG: Complete (blue) \u2013 Green on track \u2013 Amber some delay \u2013 Red off track")
    doc.save(os.path.join(HERE, "dp1-cornerstone-aberdeen-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Bournemouth University - Ofsted apprenticeships PIAP (xlsx, two sheets, prev/current RAG)
# ---------------------------------------------------------------------------
def bournemouth():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Bournemouth University \u2013 Apprenticeships Post-Inspection Action Plan"
    s["A1"].font = Font(bold=True, size=13)
    s["A3"] = "Position at"
    s["B3"] = d(2024, 11, 1)
    s["B3"].number_format = "d mmmm yyyy"
    s["A5"], s["B5"] = "RAG", "Number of actions"
    s["A5"].font = s["B5"].font = Font(bold=True)
    for i, (k, n) in enumerate([("B", 2), ("G", 3), ("A", 2), ("R", 0)], 6):
        s.cell(i, 1, k)
        s.cell(i, 2, n)
    s["A10"] = "Total"
    s["B10"] = "=SUM(B6:B9)"
    s.column_dimensions["A"].width = 14
    s.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Action Plan")
    widths = [7, 42, 46, 26, 14, 12, 12, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws["A1"] = "Post-Inspection Action Plan \u2013 Ofsted inspection of apprenticeship provision (May 2024)"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Ofsted: what does the provider need to do to improve?", "Action",
           "Owner", "Target date", "Previous RAG", "Current RAG", "Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    afi1 = ("Leaders should ensure that apprentices receive impartial careers advice and "
            "guidance about their next steps.")
    afi2 = ("Leaders should make sure that apprentices are well prepared for their end-point "
            "assessment.")
    afi3 = ("Governors should receive sufficient information about the quality of apprenticeship "
            "provision to hold leaders to account.")
    rows = [
        ("1a", afi1, "Embed a careers session with the Careers and Employability Service in "
                     "each apprenticeship programme's induction and final year.",
         "Head of Apprenticeships", d(2024, 9, 30), "A", "B",
         "Sessions timetabled for all programmes from September 2024."),
        ("1b", None, "Train academic tutors to discuss next steps at progress reviews and "
                     "record this on the review form.",
         "Apprenticeship Quality Lead", d(2024, 12, 31), "G", "G",
         "Review form updated. Briefing delivered to 40 tutors; remainder in November."),
        ("2a", afi2, "Introduce mock end-point assessments for all degree apprentices in their "
                     "final year.",
         "Programme Leaders", "Jan-25", "A", "A",
         "Mocks agreed for nursing associate and chartered manager; digital and technology "
         "solutions still being designed."),
        ("2b", None, "Provide apprentices and employers with a clear EPA guide for each "
                     "standard.",
         "Apprenticeship Quality Lead", d(2024, 10, 31), "G", "B",
         "Guides published on Brightspace for all 9 standards."),
        ("2c", None, "Monitor gateway readiness at monthly caseload meetings.",
         "Head of Apprenticeships, Deputy Dean (Education)", "Monthly", "G", "G",
         "Gateway tracker in use since June."),
        ("3a", afi3, "Produce a termly apprenticeship quality report for the Education and "
                     "Student Experience Committee.",
         "PVC Education", d(2025, 3, 31), "R", "A",
         "First report drafted; committee date moved to February."),
        ("3b", None, "Appoint a link governor for apprenticeships.",
         "University Secretary", d(2024, 12, 31), "G", "G",
         "Nominations invited at the October Board."),
    ]
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    r = 4
    for ref, afi, action, owner, tgt, prev, cur, upd in rows:
        vals = [ref, afi, action, owner, tgt, prev, cur, upd]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(r, 6).fill = fill(rag_fill[prev])
        ws.cell(r, 7).fill = fill(rag_fill[cur])
        r += 1
    # merge the AFI cells down over their actions
    ws.merge_cells("B4:B5")
    ws.merge_cells("B6:B8")
    ws.merge_cells("B9:B10")
    r += 1
    ws.cell(r, 1, "RAG: B = complete, G = on track, A = at risk, R = off track").font = Font(italic=True)
    wb.save(os.path.join(HERE, "dp1-bournemouth-university-ofsted-apprenticeships-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 7. Kelso High School - Education Scotland inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def kelso():
    lines = [
        "Kelso High School",
        "Action plan following Education Scotland inspection (report published 10 September 2024)",
        "Scottish Borders Council \u2013 Education and Lifelong Learning",
        "",
        "\t".join(["Area for improvement", "No.", "Action", "Lead", "Timescale", "Progress", "Status"]),
    ]
    afi1 = ("Continue to improve the consistency of learning, teaching and assessment across "
            "the school so that all young people experience high-quality learning.")
    afi2 = ("Senior leaders should work with staff to improve attendance and reduce the number "
            "of young people who are late.")
    afi3 = ("Develop further the use of data to track and monitor the progress of young people "
            "in the broad general education.")
    rows = [
        (afi1, "1.1", "Agree a Kelso High School learning and teaching charter with staff, "
                      "young people and parents.", "DHT Learning and Teaching", "December 2024",
         "Charter drafted with pupil focus groups; parent council consultation in November.",
         "On track"),
        ("", "1.2", "Establish professional learning triads with peer observation each term.",
         "DHT Learning and Teaching; PT Curriculum Maths", "June 2025",
         "Triads formed; first round of observations completed in October.", "On track"),
        ("", "1.3", "Quality assure learning through a calendar of learning visits with "
                    "written feedback to departments.", "Head Teacher", "Ongoing",
         "Calendar published. Visits to 6 departments completed.", "On track"),
        (afi2, "2.1", "Introduce period-by-period attendance monitoring with same-day contact "
                      "to parents.", "DHT Pupil Support", "October 2024",
         "In place from the start of term.", "Complete"),
        ("", "2.2", "Run targeted attendance support groups for S3 and S4 young people with "
                    "attendance below 85%.", "PT Pupil Support / Home School Link Worker",
         "March 2025", "Groups started for S3. S4 group delayed by staffing.", "Amber"),
        ("", "2.3", "Review the late-coming procedure with the Pupil Council.",
         "DHT Pupil Support", "January 2025", "", "Not started"),
        (afi3, "3.1", "Introduce a whole-school BGE tracking system aligned to the "
                      "Curriculum for Excellence benchmarks.", "DHT Curriculum",
         "By end of June 2025",
         "Tracking template agreed. English and maths data entered for S1-S2.", "On track"),
        ("", "3.2", "Hold termly tracking meetings with faculty heads to plan interventions.",
         "Head Teacher & DHT Curriculum", "Termly",
         "First meeting held in October.", "On track"),
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["", "Status key: Complete / On track / Amber (some delay) / Red (significant concern) / Not started",
              "Plan reviewed by SLT fortnightly and reported to the Parent Council each term."]
    path = os.path.join(HERE, "dp1-kelso-high-school-education-scotland-inspection-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    how_college()
    slc_csv()
    rnoh()
    dhcw()
    cornerstone()
    bournemouth()
    kelso()
    print("done")
