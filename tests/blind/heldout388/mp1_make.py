#!/usr/bin/env python
"""Build the seven mp1- blind test files (set heldout388)."""
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

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False):
    """Write text; '\n' splits into separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic


def header_row(table, names):
    for c, n in zip(table.rows[0].cells, names):
        set_cell(c, n, bold=True)
        shade(c, GREY)


# ---------------------------------------------------------------------------
# 1. Alderman Knight School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def make_alderman_knight():
    d = Document()
    d.add_heading("Alderman Knight School Post-Ofsted Action Plan 2024–25", level=1)
    d.add_paragraph("Ofsted inspection: 11–12 June 2024 (graded inspection)    Report published: 16 July 2024")
    d.add_paragraph("Plan owner: Headteacher    Monitored by: Full Governing Body (termly)    Last updated: 3 March 2025")

    d.add_paragraph().add_run("Document control").bold = True
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Change"])
    for r, vals in enumerate([
        ("1.0", "09/09/2024", "Headteacher", "First draft for FGB"),
        ("1.1", "28/11/2024", "Headteacher", "Autumn term review"),
        ("1.2", "03/03/2025", "Deputy Headteacher", "Spring term update"),
    ], start=1):
        for c, v in zip(t.rows[r].cells, vals):
            set_cell(c, v)

    d.add_paragraph().add_run("RAG key").bold = True
    k = d.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for r, (name, fill, desc) in enumerate([
        ("Blue", BLUE, "Completed and impact evidenced"),
        ("Green", GREEN, "On track"),
        ("Amber", AMBER, "Started – some slippage"),
        ("Red", RED, "Not on track / cause for concern"),
    ]):
        set_cell(k.rows[r].cells[0], name, bold=True)
        shade(k.rows[r].cells[0], fill)
        set_cell(k.rows[r].cells[1], desc)

    priorities = [
        ("Priority 1: Sixth-form curriculum and pathways",
         "Leaders have not ensured that the sixth-form curriculum is consistently well sequenced. Leaders should ensure that the curriculum in all post-16 pathways identifies the knowledge and skills students should learn and the order in which they should learn them.",
         [
             ("1.1", "Map the knowledge and skills for each post-16 pathway and publish sequenced long-term plans for Pathway 1 and Pathway 2.",
              "DHT (Curriculum)", "Autumn term 2024",
              "Long-term plans in place for all pathways; staff can explain why content is taught in that order.",
              "SLT curriculum review; link governor visit", BLUE),
             ("1.2", "Provide CPD for sixth-form staff on curriculum sequencing and retrieval practice.\nFollow up with half-termly coaching cycles for each teacher.",
              "AHT (Teaching & Learning) / Sixth-form Lead", "Spring term 2025",
              "Learning walks show retrieval at the start of lessons in 90% of post-16 lessons.",
              "Learning walks; coaching log", GREEN),
             ("1.3", "Review the post-16 accreditation offer so that every student follows a qualification pathway matched to their next steps.",
              "Headteacher", "July 2025",
              "Every student has an accredited pathway recorded in their EHCP annual review.",
              "FGB", AMBER),
         ]),
        ("Priority 2: Early reading",
         "The teaching of early reading is not consistently effective for pupils at the earliest stages of reading. Leaders should ensure that all staff who teach phonics are trained to deliver the programme with fidelity.",
         [
             ("2.1", "Train all teaching assistants who deliver phonics in the school’s validated systematic synthetic phonics programme.",
              "English Lead", "Autumn term 2024",
              "100% of phonics staff trained; fidelity checks show consistent delivery.",
              "English Lead drop-ins", BLUE),
             ("2.2", "Introduce six-weekly phonics assessments and use the results to group pupils and plan keep-up sessions.",
              "English Lead / SENCo", "Half-termly",
              "Assessment data shows pupils keeping up with the programme.",
              "Data review at SLT", GREEN),
             ("2.3", "Audit reading books so that decodable books match the sounds pupils have learned; purchase additional stock where gaps are found.",
              "SBM", "31/01/2025",
              "Every pupil at the early stages of reading takes home a fully decodable book.",
              "Link governor for reading", AMBER),
         ]),
        ("Priority 3: Attendance",
         "Too many pupils are persistently absent. Leaders should continue to work with families and external agencies to improve the attendance of pupils who are regularly absent from school.",
         [
             ("3.1", "Appoint an attendance and family liaison officer and set up weekly attendance panel meetings.",
              "Headteacher", "September 2024",
              "Officer in post; panel minutes show actions for every pupil below 90%.",
              "FGB", BLUE),
             ("3.2", "Agree individual attendance plans with the families of persistently absent pupils, involving the local authority’s Education Inclusion Service where needed.",
              "Attendance Officer; DSL", "Ongoing",
              "Persistent absence falls below 25% by the end of the year.",
              "Attendance panel; termly report to FGB", RED),
         ]),
    ]
    for heading, rec, actions in priorities:
        d.add_heading(heading, level=2)
        d.add_paragraph().add_run("What does the school need to do to improve?").bold = True
        p = d.add_paragraph()
        p.add_run(rec).italic = True
        t = d.add_table(rows=1 + len(actions), cols=7)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead", "By when", "Success criteria", "Monitoring", "RAG"])
        for r, (ref, act, lead, when, sc, mon, fill) in enumerate(actions, start=1):
            cells = t.rows[r].cells
            for c, v in zip(cells, [ref, act, lead, when, sc, mon, ""]):
                set_cell(c, v)
            shade(cells[6], fill)

    d.add_paragraph("")
    d.add_paragraph("Approved by the Full Governing Body: 17 September 2024")
    s = d.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    set_cell(s.rows[0].cells[0], "Chair of Governors", bold=True)
    set_cell(s.rows[0].cells[1], "Headteacher", bold=True)
    set_cell(s.rows[1].cells[0], "Signed: ____________________")
    set_cell(s.rows[1].cells[1], "Signed: ____________________")
    d.save(os.path.join(HERE, "mp1-alderman-knight-school-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 2. Derwen College - PIAP with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_derwen():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Derwen College"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Post-Inspection Action Plan 2024/25"
    cov["A4"], cov["B4"] = "Inspection", "Ofsted, 23–26 April 2024 (report published 4 June 2024)"
    cov["A5"], cov["B5"] = "Plan owner", "Vice Principal – Quality"
    cov["A6"], cov["B6"] = "Reported to", "Quality and Standards Committee"
    cov["A7"], cov["B7"] = "Version", "v3 – updated 20 January 2025"
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("PIAP")
    ws["A1"] = "Derwen College – Post-Inspection Action Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Ofsted inspection 23–26 April 2024. Progress updates as at 20 January 2025."
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "Area for improvement", "Action", "Responsible", "Target date",
           "Revised date", "Progress update (Jan 2025)", "RAG"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
    sections = [
        ("Leadership and management", [
            ("Leaders and managers should ensure that governors receive sufficiently detailed information about the progress learners make towards their EHCP outcomes so that they can challenge leaders effectively.", [
                ("LM1.1", "Redesign the termly quality report to governors so that it includes progress against EHCP outcomes by pathway.",
                 "Vice Principal – Quality", "Dec 2024", "", "First redesigned report presented 10/12/2024.", "Complete"),
                ("LM1.2", "Hold a governor development session on EHCP outcomes and RARPA.",
                 "Clerk to the Corporation / Vice Principal – Quality", "Nov 2024", "", "Session held 19/11/2024; 9 governors attended.", "Complete"),
            ]),
        ]),
        ("Quality of education", [
            ("Leaders should ensure that learners' targets in their individual learning plans are specific and are reviewed frequently so that learners know what they need to do to improve.", [
                ("QE1.1", "Introduce a standard format for SMART targets in the e-ILP and train all tutors in its use.",
                 "Head of Curriculum", "Oct 2024", "Jan 2025", "Training delivered; e-ILP template delayed by software update.", "A"),
                ("QE1.2", "Carry out monthly sampling of e-ILPs by curriculum team leaders and feed back to tutors.",
                 "Curriculum Team Leaders", "Janaury 2025", "", "Sampling started December 2024.", "G"),
                ("QE1.3", "Add target review to the weekly tutorial so that learners discuss their progress with their tutor.",
                 "Head of Curriculum", "Mar 2025", "", "Piloted in two pathways.", "G"),
            ]),
            ("Leaders should make sure that staff in the residential provision plan evening activities that build on learners' independence targets.", [
                ("QE2.1", "Link each residential learner's evening activity plan to their independence targets in the e-ILP.",
                 "Head of Residential Services", "Feb 2025", "", "Template agreed with care team.", "G"),
                ("QE2.2", "Include residential staff in curriculum team meetings each half term.",
                 "Head of Residential Services / Head of Curriculum", "Nov 2024", "", "Attendance recorded at all meetings since November.", "Complete"),
            ]),
        ]),
        ("Personal development", [
            ("Leaders should ensure that learners with more complex needs receive work experience that prepares them well for their next steps.", [
                ("PD1.1", "Extend supported internships and on-site enterprises so that learners on the complex needs pathway have a weekly work-related placement.",
                 "Head of Employability", "Apr 2025", "", "Three new on-site placements created.", "A"),
                ("PD1.2", "Record work experience outcomes in each learner's destination plan.",
                 "Transition Coordinator", "Jun 2025", "", "Not yet due.", "G"),
            ]),
        ]),
    ]
    row = 5
    thin = Side(style="thin", color="999999")
    typo_row = None
    for sec, afis in sections:
        ws.cell(row=row, column=1, value=sec).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        ws.cell(row=row, column=1).fill = PatternFill("solid", fgColor=GREY)
        row += 1
        for afi, acts in afis:
            first = row
            for ref, act, resp, tgt, rev, upd, rag in acts:
                vals = [ref, afi if row == first else None, act, resp, tgt, rev or None, upd, rag]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=row, column=c, value=v)
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                    cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
                fill = {"Complete": BLUE, "G": GREEN, "A": AMBER, "R": RED}[rag]
                ws.cell(row=row, column=8).fill = PatternFill("solid", fgColor=fill)
                if tgt.startswith("Janaury"):
                    typo_row = row
                row += 1
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row=row, column=1, value="RAG: Complete = action completed; G = on track; A = some slippage; R = off track")
    for col, w in zip("ABCDEFGH", [8, 45, 50, 28, 12, 12, 40, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "mp1-derwen-college-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"))
    return typo_row


# ---------------------------------------------------------------------------
# 3. Ixion Holdings - apprenticeships PIAP (xlsx)
# ---------------------------------------------------------------------------
def make_ixion():
    TITLE = "Ixion Holdings – Post Inspection Action Plan (PIAP)"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Summary of progress – Quality & Standards Committee, 6 May 2025"
    for c, h in enumerate(["Theme", "Actions", "Complete", "Green", "Amber", "Red"], start=1):
        sm.cell(row=4, column=c, value=h).font = Font(bold=True)
    for r, vals in enumerate([
        ("Theme 1: Quality of education", 5, 2, 2, 1, 0),
        ("Theme 2: Leadership and management", 5, 1, 2, 1, 1),
        ("Total", 10, 3, 4, 2, 1),
    ], start=5):
        for c, v in enumerate(vals, start=1):
            sm.cell(row=r, column=c, value=v)
    sm["A7"].font = Font(bold=True)
    sm.column_dimensions["A"].width = 40

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Apprenticeships – Ofsted full inspection 14–17 January 2025 (Requires improvement)"
    ws.merge_cells("A2:H2")
    ws["A3"] = "Version 3 – updated 28/04/2025"
    hdr = ["No.", "Action", "Owner(s)", "Original target", "Revised target",
           "Progress / evidence of impact", "Previous RAG", "Current RAG"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="203864")
        cell.alignment = Alignment(wrap_text=True)
    D = dt.datetime
    plan = [
        ("Theme 1: Quality of education", [
            ("AFI 1 – Leaders should ensure that apprentices' off-the-job training is planned so that apprentices build on what they already know and can do.", [
                ("1.1", "Strengthen initial assessment so that coaches record apprentices' existing knowledge, skills and behaviours against the standard before training is planned.",
                 "Head of Quality", D(2025, 3, 31), None, "New skills scan live for all starts from 01/03/2025.", "A", "B"),
                ("1.2", "Rewrite individual training plans for current apprentices to remove content they have already mastered.\nPrioritise apprentices with more than 12 months remaining.",
                 "Head of Delivery / Curriculum Managers", D(2025, 4, 30), D(2025, 6, 30), "62% of plans rewritten at 25/04/2025.", "G", "A"),
                ("1.3", "Quality team to sample ten training plans per coach each term and report findings to the Quality & Standards Committee.",
                 "Quality Manager", D(2025, 7, 31), None, "First sample completed in April.", "G", "G"),
            ]),
            ("AFI 2 – Leaders should ensure that coaches provide feedback on apprentices' work that helps them improve the quality of their work.", [
                ("2.1", "Deliver CPD on developmental feedback to all coaches, with follow-up observations.",
                 "Head of Quality", D(2025, 2, 28), None, "CPD delivered 12/02/2025 to 41 coaches.", "G", "B"),
                ("2.2", "Add a feedback quality check to the monthly file review.",
                 "Quality Manager", D(2025, 5, 31), None, "Check added to the review template.", "G", "G"),
            ]),
        ]),
        ("Theme 2: Leadership and management", [
            ("AFI 3 – Leaders should make sure that apprentices receive impartial careers advice and guidance about their next steps.", [
                ("3.1", "Commission a level 6 qualified careers adviser to deliver a careers session for every apprentice in their final six months.",
                 "Careers Lead", D(2025, 4, 30), None, "Adviser appointed; sessions running since March.", "A", "B"),
                ("3.2", "Include careers and next steps discussion in every progress review.",
                 "Head of Delivery", D(2025, 6, 30), None, "Review template updated.", "G", "G"),
            ]),
            ("AFI 4 – Leaders should improve the proportion of apprentices who complete their apprenticeship within the planned timescale.", [
                ("4.1", "Introduce a weekly at-risk report for apprentices who are behind schedule, with an agreed catch-up plan for each.",
                 "Data & MIS Manager", D(2025, 3, 31), None, "Report live; catch-up plans in place for 118 apprentices.", "A", "G"),
                ("4.2", "Hold monthly employer review meetings for apprentices past their planned end date.",
                 "Employer Engagement Manager", D(2025, 5, 31), D(2025, 9, 30), "Employer capacity limited; revised date agreed.", "A", "R"),
                ("4.3", "Report timely achievement by standard to the board each quarter.",
                 "Director of Apprenticeships", D(2025, 7, 31), None, "First report to board 24/04/2025.", "G", "A"),
            ]),
        ]),
    ]
    fills = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    row = 6
    for theme, afis in plan:
        ws.cell(row=row, column=1, value=theme).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=row, column=1).fill = PatternFill("solid", fgColor="2E75B6")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        row += 1
        for afi, acts in afis:
            ws.cell(row=row, column=1, value=afi).font = Font(italic=True, bold=True)
            ws.cell(row=row, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.cell(row=row, column=1).alignment = Alignment(wrap_text=True)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            row += 1
            for vals in acts:
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=row, column=c, value=v)
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(row=row, column=7).fill = PatternFill("solid", fgColor=fills[vals[6]])
                ws.cell(row=row, column=8).fill = PatternFill("solid", fgColor=fills[vals[7]])
                row += 1
    row += 1
    ws.cell(row=row, column=1, value="Key: B = complete; G = on track; A = at risk of slipping; R = off track")
    ws.cell(row=row + 1, column=1, value="Note: revised targets agreed by the Quality & Standards Committee on 15/04/2025.")
    for col, w in zip("ABCDEFGH", [8, 60, 30, 14, 14, 40, 10, 10]):
        ws.column_dimensions[col].width = w

    log = wb.create_sheet("Change log")
    log.append(["Version", "Date", "Change"])
    log.append(["1", "21/02/2025", "Plan agreed with Ofsted nominee and CEO"])
    log.append(["2", "24/03/2025", "March progress update"])
    log.append(["3", "28/04/2025", "April progress update; revised targets for 1.2 and 4.2"])
    wb.save(os.path.join(HERE, "mp1-ixion-holdings-ofsted-apprenticeships-piap.xlsx"))


# ---------------------------------------------------------------------------
# 4. The Chiltern Hospital (Circle Health Group) - CQC must/should do (docx)
# ---------------------------------------------------------------------------
def make_chiltern():
    d = Document()
    d.add_heading("The Chiltern Hospital – CQC Inspection Action Plan", level=0)
    d.add_paragraph("Circle Health Group")
    cov = d.add_table(rows=6, cols=2)
    cov.style = "Table Grid"
    for r, (a, b) in enumerate([
        ("Location", "The Chiltern Hospital, London Road, Great Missenden, HP16 0EN"),
        ("Inspection dates", "7 and 8 November 2023"),
        ("Report published", "22 February 2024"),
        ("Plan owner", "Hospital Director"),
        ("Reviewed at", "Hospital Governance Committee (monthly)"),
        ("Version / date", "v4 – 10 January 2025"),
    ]):
        set_cell(cov.rows[r].cells[0], a, bold=True)
        shade(cov.rows[r].cells[0], GREY)
        set_cell(cov.rows[r].cells[1], b)

    cols = ["Ref", "CQC finding", "Regulation", "Action", "Responsible", "Due date", "Status"]
    services = [
        ("Surgery", [
            ("MD1", "The service must ensure that all staff complete mandatory training in the safeguarding of adults and children at the required level.", "Reg 13",
             [("Produce a monthly compliance report from the learning system and follow up every member of staff below the required safeguarding level through their head of department.",
               "Director of Clinical Services", "31/03/2024", "Complete")]),
            ("MD2", "The service must ensure that the World Health Organization (WHO) surgical safety checklist is consistently completed for all patients.", "Reg 12",
             [("Re-launch the five steps to safer surgery with all theatre teams, including briefing and debriefing.",
               "Theatre Manager", "30/04/2024", "Complete"),
              ("Introduce monthly observational audits of WHO checklist compliance, reported to the Medical Advisory Committee.",
               "Theatre Manager / Quality Lead", "Monthly", "On track")]),
            ("SD1", "The service should ensure that surgical site infection rates are reported by specialty.", "Reg 17",
             [("Add specialty-level surgical site infection data to the quarterly infection prevention and control report.",
               "IPC Lead", "Q1 2024/25", "Complete")]),
        ]),
        ("Outpatients", [
            ("MD3", "The service must ensure that patient records are stored securely in all consulting rooms.", "Reg 17",
             [("Fit lockable record trolleys in the outpatient department and add records security to the daily environmental checklist.",
               "Outpatient Manager", "31/05/2024", "Complete")]),
            ("SD2", "The service should ensure that chaperone offers are recorded in patients' notes.", "Reg 10",
             [("Amend the consultation record template to include a chaperone field and audit its completion quarterly.",
               "Outpatient Manager", "30/09/2024\nRevised: 31/03/2025", "At risk")]),
        ]),
        ("Diagnostic imaging", [
            ("MD4", "The service must ensure that local rules are reviewed and signed by all radiology staff.", "Reg 17",
             [("Radiation Protection Supervisor to review the local rules and obtain signatures from all staff, including bank radiographers.",
               "Imaging Manager", "29/02/2024", "Complete")]),
            ("SD3", "The service should ensure that it monitors report turnaround times for all referral sources.", "Reg 17",
             [("Develop a turnaround-time dashboard by referral source and report it to the Clinical Governance Committee.",
               "Imaging Manager; Head of Business Intelligence", "31/12/2024", "Off track")]),
        ]),
    ]
    status_fill = {"Complete": "9DC3E6", "On track": "A9D08E", "At risk": "FFD966", "Off track": "FF7C80"}
    for service, findings in services:
        d.add_heading(service, level=1)
        n = sum(len(f[3]) for f in findings)
        t = d.add_table(rows=1 + n, cols=7)
        t.style = "Table Grid"
        header_row(t, cols)
        r = 1
        for ref, finding, reg, acts in findings:
            first = r
            for act, resp, due, status in acts:
                cells = t.rows[r].cells
                if r == first:
                    set_cell(cells[0], ref, bold=True)
                    set_cell(cells[1], finding)
                    set_cell(cells[2], reg)
                set_cell(cells[3], act)
                set_cell(cells[4], resp)
                set_cell(cells[5], due)
                set_cell(cells[6], status)
                shade(cells[6], status_fill[status])
                r += 1
            if r - 1 > first:
                for c in (0, 1, 2):
                    t.cell(first, c).merge(t.cell(r - 1, c))

    d.add_paragraph("")
    d.add_paragraph().add_run("Status key").bold = True
    k = d.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for r, (s, desc) in enumerate([
        ("Complete", "Action delivered and evidence held"),
        ("On track", "Action progressing to plan"),
        ("At risk", "Action progressing but due date at risk"),
        ("Off track", "Action overdue or not progressing"),
    ]):
        set_cell(k.rows[r].cells[0], s, bold=True)
        shade(k.rows[r].cells[0], status_fill[s])
        set_cell(k.rows[r].cells[1], desc)
    d.add_paragraph("Next review: Hospital Governance Committee, February 2025.")
    d.save(os.path.join(HERE, "mp1-circle-health-group-the-chiltern-hospital-cqc-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Rushden Medical Centre - GP CQC action plan (csv)
# ---------------------------------------------------------------------------
def make_rushden():
    W = 8
    rows = [
        ["Rushden Medical Centre – CQC Inspection Action Plan"],
        ["Inspection date: 19 September 2023. Report published: 14 November 2023. Overall rating: Requires improvement"],
        ["Updated for practice meeting: 05/03/2024"],
        [],
        ["Ref", "Key question", "CQC finding", "Action", "Lead", "Target date", "RAG", "Update"],
        ["R1", "Safe",
         "Requirement notice – Regulation 12: The practice must ensure care and treatment is provided in a safe way, including the monitoring of patients prescribed high-risk medicines.",
         "Run weekly searches for patients on methotrexate, lithium and DOACs and book overdue blood monitoring before repeat prescriptions are issued.",
         "Clinical Pharmacist", "31/10/2023", "Complete", "Searches running weekly since 02/10/2023."],
        ["R2", "", "",
         "Add a medicines monitoring alert to the clinical system so that repeat requests are held where monitoring is overdue.",
         "Dr P Okafor / Clinical Pharmacist", "30/11/2023", "Complete", "Alert live from 20/11/2023."],
        ["R3", "",
         "The practice should improve the system for acting on MHRA safety alerts and keep a record of the action taken.",
         "Create a safety alert log with named clinician sign-off and review it at the monthly clinical meeting.",
         "Practice Manager", "Dec-23", "Green", "Log in use; retrospective review of 2023 alerts under way."],
        ["R4", "Effective",
         "Requirement notice – Regulation 17: The practice must ensure that systems for summarising new patient records are effective.",
         "Recruit an additional part-time summariser and clear the backlog of 640 unsummarised records.",
         "Practice Manager", "31/03/2024", "Amber", "Summariser started January 2024; backlog now 210."],
        ["R5", "",
         "The practice should take action to improve the uptake of cervical screening.",
         "Offer Saturday morning smear clinics and send text reminders to eligible patients not screened in the last 42 months.",
         "Lead Practice Nurse", "Ongoing", "Green", "Uptake 71.8% (Feb 2024), up from 68.2%."],
        ["R6", "Responsive",
         "The practice should continue to improve telephone access for patients.",
         "Move to cloud-based telephony with call-back and queue position messages.",
         "Practice Manager & Operations Lead", "April 2024", "Amber", "Contract signed; go-live booked for 15/04/2024."],
        ["R7", "Well-led",
         "Requirement notice – Regulation 17: The practice must ensure that all staff complete training relevant to their role, including safeguarding and infection prevention and control.",
         "Set up a training matrix for all staff and hold protected learning time to complete outstanding modules.",
         "Assistant Practice Manager", "29/02/2024", "Red", "Matrix in place; 78% compliance at 29/02/2024."],
        [],
        ["RAG: Green = on track, Amber = some delay, Red = overdue, Complete = done"],
    ]
    with open(os.path.join(HERE, "mp1-rushden-medical-centre-cqc-inspection-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r + [""] * (W - len(r)))


# ---------------------------------------------------------------------------
# 6. NHS Lothian Royal Edinburgh Hospital - MWC local visit action plan (txt, TSV)
# ---------------------------------------------------------------------------
def make_reh():
    lines = [
        "NHS Lothian – Royal Edinburgh Hospital: Mental Welfare Commission Local Visit Action Plan",
        "Wards visited: Canaan Ward and Braids Ward (older people's mental health)",
        "Date of visit: 5 March 2024\tReport published: 30 May 2024\tResponse due: 30 August 2024",
        "Completed by: Clinical Nurse Manager, Older People's Mental Health",
        "",
        "Ref\tAction planned\tResponsible\tTimescale\tRAG\tProgress update",
        "Canaan Ward",
        "Recommendation 1: Managers should ensure that care plans are person-centred, reflect each patient's needs and are reviewed regularly, with evidence of patient and carer participation.",
        "1a\tAudit all care plans on Canaan Ward against the Commission's good practice guide on care planning and share the findings with the nursing team.\tCharge Nurse\tJune 2024\tB\tAudit completed 21/06/2024.",
        "1b\tIntroduce monthly care plan reviews at the multidisciplinary team meeting, with carers invited to attend.\tCharge Nurse / Consultant Psychiatrist\tJuly 2024\tG\tReviews running; carer attendance being recorded.",
        "Recommendation 2: Managers should ensure that all certificates authorising treatment (T2/T3) are in place and held with medication prescription charts.",
        "2a\tCheck every detained patient's T2/T3 against their prescription chart and correct any discrepancies.\tSenior Charge Nurse; Ward Pharmacist\t31/07/2024\tB\tCompleted 12/07/2024.",
        "2b\tAdd a T2/T3 check to the weekly pharmacy visit checklist.\tWard Pharmacist\tWeekly\tG\tIn place.",
        "Braids Ward",
        "Recommendation 3: Managers should review the ward environment to ensure it is dementia-friendly, including signage and access to the garden.",
        "3a\tComplete a dementia environment assessment with the Dementia Nurse Consultant.\tSenior Charge Nurse\tAug-24\tB\tAssessment done; new signage fitted.",
        "3b\tSubmit a capital bid for level access from the day room to the garden.\tClinical Nurse Manager\tQ3 2024/25\tA\tBid submitted; decision awaited from Capital Planning Group.",
        "Recommendation 4: Managers should ensure that activity provision is available seven days a week and that patients' participation is recorded.",
        "4a\tRecruit a second activity coordinator to provide weekend cover.\tClinical Nurse Manager\tSeptember 2024\tR\tPost advertised twice; no appointment.",
        "4b\tTrain nursing staff to lead weekend activities and record participation in the activity log until the post is filled.\tActivity Coordinator\tSept 2024 – March 2025\tA\tSix staff trained.",
        "Both wards",
        "Recommendation 5: Managers should ensure that staff record the rationale for the use of covert medication and review authorisations in line with Commission guidance.",
        "5a\tReview all covert medication pathways and record the rationale in the care plan.\tConsultant Psychiatrist\t31/10/2024\tG\tReviews booked at MDT.",
        "",
        "RAG key: R = off track; A = progressing with some delay; G = on track; B = complete",
        "Note: progress updated 2 December 2024 for the Older People's Mental Health Quality and Safety Group.",
    ]
    with open(os.path.join(HERE, "mp1-nhs-lothian-royal-edinburgh-hospital-mwc-local-visit-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. Government Actuary's Department - ARC internal audit tracker (xlsx)
# ---------------------------------------------------------------------------
def make_gad():
    TITLE = "Government Actuary's Department – Internal Audit Recommendations Tracker"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Summary for the Audit and Risk Committee, 11 March 2025 (position at 28 February 2025)"
    for c, h in enumerate(["Priority", "Open", "Of which overdue", "Closed since last ARC"], start=1):
        sm.cell(row=4, column=c, value=h).font = Font(bold=True)
    for r, vals in enumerate([("High", 2, 1, 1), ("Medium", 5, 0, 2), ("Low", 0, 0, 0), ("Total", 7, 1, 3)], start=5):
        for c, v in enumerate(vals, start=1):
            sm.cell(row=r, column=c, value=v)
    sm["A8"].font = Font(bold=True)
    sm.column_dimensions["A"].width = 30

    ws = wb.create_sheet("Tracker")
    ws["A1"] = TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position at 28 February 2025. Prepared by the Corporate Governance Team."
    ws.merge_cells("A2:I2")
    hdr = ["Rec ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
           "Original target date", "Revised target date", "Progress update", "Status"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="B4C6E7")
        cell.alignment = Alignment(wrap_text=True)
    D = dt.datetime
    audits = [
        ("GIAA 2023-24: Information Security and Cyber Resilience (Limited assurance)", [
            ("ISC-01", "High", "GAD should maintain a complete and up-to-date asset register covering all hardware, software and cloud services.",
             "Complete a discovery exercise and load all assets into the IT service management tool.\nAssign an owner to each asset class and review the register quarterly.",
             "Chief Information Officer", D(2024, 9, 30), D(2025, 3, 31), "Discovery complete; cloud services being added.", "Amber"),
            ("ISC-02", "High", "Privileged access rights should be reviewed regularly and removed promptly when no longer required.",
             "Introduce quarterly privileged access reviews signed off by the CIO.",
             "Chief Information Officer", D(2024, 12, 31), None, "Two quarterly reviews completed.", "Complete"),
            ("ISC-03", "Medium", "GAD should test its cyber incident response plan at least annually.",
             "Run a tabletop cyber incident exercise with the Executive Committee.",
             "Head of Security / Business Continuity Manager", D(2025, 1, 31), D(2025, 5, 31), "Exercise postponed to align with NCSC Exercise in a Box scenario.", "Amber"),
        ]),
        ("GIAA 2023-24: Contract Management (Moderate assurance)", [
            ("CM-01", "Medium", "Contract managers should be assigned for all contracts over £100k and recorded on the contracts register.",
             "Update the contracts register to show a named contract manager for every contract over £100k.",
             "Head of Commercial", D(2024, 10, 31), None, "Register updated.", "Complete"),
            ("CM-02", "Medium", "Supplier performance should be reviewed against KPIs at least quarterly for key suppliers.",
             "Agree KPIs with the top ten suppliers and hold quarterly performance meetings.",
             "Head of Commercial", D(2025, 3, 31), None, "KPIs agreed with 7 of 10 suppliers.", "Green"),
        ]),
        ("GIAA 2024-25: Business Continuity and Incident Management (Moderate assurance)", [
            ("BC-01", "High", "Business impact analyses should be refreshed for all critical services.",
             "Refresh business impact analyses for the six critical services and agree recovery time objectives with service owners.",
             "Business Continuity Manager", D(2025, 2, 28), None, "Four of six completed; two outstanding.", "Red"),
            ("BC-02", "Medium", "Business continuity plans should set out the dependencies on third-party suppliers.",
             "Add supplier dependencies and contact details to each business continuity plan.",
             "Business Continuity Manager", D(2025, 6, 30), None, "Not yet due.", "Green"),
            ("BC-03", "Medium", "Staff should receive business continuity awareness training.",
             "Launch a business continuity e-learning module for all staff.",
             "Head of HR", D(2025, 4, 30), None, "Module in build with Civil Service Learning.", "Green"),
        ]),
        ("NAO Management Letter 2023-24", [
            ("ML-01", "Medium", "GAD should review the useful economic lives of IT equipment.",
             "Review useful economic lives as part of the 2024-25 fixed asset review.",
             "Finance Director", D(2025, 3, 31), None, "Review under way.", "Green"),
            ("ML-02", "Medium", "Journals posted by senior finance staff should be independently reviewed.",
             "Introduce a monthly review of senior staff journals by the Financial Controller.",
             "Financial Controller", D(2024, 11, 30), None, "Monthly review in place since November.", "Complete"),
        ]),
    ]
    fills = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    row = 5
    for audit, recs in audits:
        ws.cell(row=row, column=1, value=audit).font = Font(bold=True)
        ws.cell(row=row, column=1).fill = PatternFill("solid", fgColor=GREY)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        for vals in recs:
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=row, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=9).fill = PatternFill("solid", fgColor=fills[vals[8]])
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="Status: Complete = implemented and evidence verified; Green = on track; Amber = revised date agreed / at risk; Red = overdue")
    for col, w in zip("ABCDEFGHI", [10, 9, 45, 50, 28, 12, 12, 36, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "mp1-government-actuarys-department-arc-internal-audit-recommendations-tracker.xlsx"))


if __name__ == "__main__":
    make_alderman_knight()
    typo = make_derwen()
    make_ixion()
    make_chiltern()
    make_rushden()
    make_reh()
    make_gad()
    print("Derwen typo month on sheet PIAP row", typo)
