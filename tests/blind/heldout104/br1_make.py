"""Generator for the br1- cases of heldout104 (run with /work/main/.venv/bin/python)."""
import csv
import datetime as dt
import os

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

BLUE, GREEN, AMBER, RED, GREY, HEAD = "8DB4E2", "00B050", "FFC000", "FF0000", "D9D9D9", "1F4E78"
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def header(ws, row, names, widths):
    for i, (n, w) in enumerate(zip(names, widths), 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[c.column_letter].width = w


def put(ws, row, values, fmt="dd/mm/yyyy"):
    for i, v in enumerate(values, 1):
        if v is None:
            c = ws.cell(row=row, column=i)
        else:
            c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, dt.datetime):
            c.number_format = fmt


def band(ws, row, text, ncol, colour=GREY):
    ws.cell(row=row, column=1, value=text).font = Font(bold=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
    for i in range(1, ncol + 1):
        ws.cell(row=row, column=i).fill = fill(colour)
        ws.cell(row=row, column=i).border = BOX


# ---------------------------------------------------------------- 1 Derby College
def derby():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP 2024-25"
    ws["A1"] = "Derby College Group – Post-Inspection Quality Improvement Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Following the Ofsted inspection of Further Education and Skills provision (March 2024). "
                "Progress updated 14 January 2025 for the Quality and Standards Committee.")
    ws.merge_cells("A2:I2")
    header(ws, 4, ["Ref", "Area for improvement (Ofsted report)", "Action", "Lead", "Success measure",
                   "Target date", "Revised date", "Progress update", "RAG"],
           [6, 38, 45, 24, 30, 12, 12, 45, 10])
    afi1 = ("Leaders and managers should ensure that teachers in a minority of study programme subjects plan and "
            "sequence the curriculum so that students build knowledge securely over time.")
    afi2 = ("Leaders should ensure that apprentices receive their off-the-job training in a timely way and that "
            "employers are involved fully in reviews of apprentices' progress.")
    afi3 = ("Leaders should improve the attendance of students on study programmes, particularly in English and "
            "mathematics lessons.")
    afi4 = ("Governors should receive more detailed information about the quality of apprenticeships so that they "
            "can hold leaders to account.")
    band(ws, 5, "1. Quality of education", 9)
    rows = {
        6: ["1.1", afi1, "Review curriculum intent and sequencing plans for all study programme areas graded 3 at "
            "self-assessment, using the college curriculum design template.", "Deputy Principal – Curriculum",
            "All plans reviewed and approved", D(2024, 7, 31), None,
            "All 11 curriculum areas reviewed; revised plans signed off at Quality Improvement Board in July.",
            "Complete"],
        7: ["1.2", None, "Deliver a programme of CPD on curriculum sequencing and retrieval practice for teachers "
            "in priority areas.", "Head of Teaching, Learning and Assessment",
            "90% of teachers in priority areas attend; learning walks show improvement", D(2024, 12, 20), None,
            "Four CPD sessions delivered to 146 staff. Learning walks in November show retrieval practice in most lessons.",
            "G"],
        8: ["1.3", None, "Carry out deep dives in Construction, Engineering and Health & Social Care to test the "
            "impact of revised curriculum plans.", "AP Quality / Heads of Faculty",
            "Deep dive reports to QIB", "Termly", None,
            "Construction deep dive completed Nov 24. Engineering deferred to spring term due to staffing.", "A"],
        9: ["1.4", afi2, "Introduce monthly off-the-job hours monitoring for all apprentices through the e-portfolio, "
            "with escalation to the Head of Apprenticeships where apprentices fall behind.",
            "Head of Apprenticeships", "95% of apprentices on track with OTJ hours", D(2024, 9, 30), D(2025, 1, 31),
            "Monitoring live since October. 87% on track; remaining cases escalated to employers.", "A"],
        10: ["1.5", None, "Train skills coaches to plan progress reviews jointly with employers and audit a 10% sample "
             "of reviews each term.", "Apprenticeship Quality Manager", "Employer attendance at reviews above 90%",
             "Summer term 2025", None, "Training completed for all skills coaches. First audit sample due in February.",
             "G"],
        12: ["2.1", afi3, "Launch the 'Every Lesson Counts' attendance campaign with same-day follow-up of absence "
             "by progress coaches.", "Head of Student Services", "Overall attendance 90%+", D(2024, 9, 1), None,
             "Campaign launched at induction. Same-day calls in place across all campuses.", "Complete"],
        13: ["2.2", None, "Set attendance targets of 90% for English and maths and report attendance weekly to "
             "curriculum heads.", "Director of English & Maths", "English and maths attendance at 90%",
             D(2025, 7, 31), None,
             "Maths attendance at 81% against the 90% target. Additional intervention agreed with faculties.", "R"],
        16: ["3.1", afi4, "Add an apprenticeship quality dashboard to the termly Quality and Standards Committee "
             "report.", "Clerk to the Corporation / Director of Quality", "Dashboard presented each term",
             D(2024, 12, 1), None, "First dashboard presented at the December committee.", "G"],
        17: ["3.2", None, "Arrange a governor link visit to apprenticeship provision each term.",
             "Chair of Quality and Standards Committee", "Visit notes reported to committee", "Ongoing", None,
             "Autumn visit to the Roundhouse engineering apprentices completed.", "On track"],
    }
    fmts = {12: "mmm-yy", 16: "mmm-yy"}
    for r, vals in rows.items():
        put(ws, r, vals, fmts.get(r, "dd/mm/yyyy"))
    for r in (11, 15):
        pass
    band(ws, 11, "2. Behaviour and attitudes", 9)
    band(ws, 15, "3. Leadership and management", 9)
    ws.merge_cells("B6:B8")
    ws.merge_cells("B9:B10")
    ws.merge_cells("B12:B13")
    ws.merge_cells("B16:B17")
    rag = {"Complete": BLUE, "G": GREEN, "A": AMBER, "R": RED, "On track": GREEN}
    for r in rows:
        c = ws.cell(row=r, column=9)
        c.fill = fill(rag[c.value])
        c.alignment = Alignment(horizontal="center", vertical="top")
    ws["A19"] = ("RAG key:  R = behind target / at risk   A = some slippage, recovery action in place   "
                 "G = on track   Complete = action fully implemented and impact evidenced")
    ws["A19"].font = Font(italic=True, size=9)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "br1-derby-college-group-ofsted-fe-post-inspection-qip.xlsx"))


# ---------------------------------------------------------------- 2 MAWWFRS
def mawwfrs():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Document control"
    dc["A1"].font = Font(bold=True, size=12)
    header(dc, 3, ["Version", "Date", "Author", "Summary of changes"], [10, 14, 32, 50])
    for i, v in enumerate([
        ["0.1", D(2024, 3, 12), "Head of Corporate Planning", "First draft for Executive Leadership Team"],
        ["1.0", D(2024, 3, 26), "Head of Corporate Planning", "Approved by Fire Authority"],
        ["1.3", D(2024, 11, 18), "Corporate Planning Officer", "Progress update for Audit Committee"],
    ], 4):
        put(dc, i, v)
    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Mid and West Wales Fire and Rescue Service – Culture Review Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Response to the Chief Fire and Rescue Adviser's thematic review of culture. Status at: 18 November 2024"
    ws.merge_cells("A2:H2")
    header(ws, 4, ["Recommendation", "Ref", "Action", "Owner", "Target Date", "Revised Target Date",
                   "Progress Update", "Status"], [40, 6, 45, 24, 12, 12, 45, 12])
    r1 = ("R1 – Services should ensure there is a safe, confidential and independent route for staff to raise "
          "concerns, and that staff have confidence that concerns will be acted upon.")
    r2 = ("R2 – Services should review their disciplinary and grievance procedures to ensure cases are resolved "
          "in a timely and fair manner.")
    r3 = ("R3 – Services should ensure that all managers receive training in leadership, inclusion and "
          "challenging inappropriate behaviour.")
    r4 = "R4 – Services should undertake regular staff surveys and act on the findings."
    rows = {
        5: [r1, "1.1", "Procure an independent confidential reporting line available to all staff 24/7.",
            "Head of People Services", D(2024, 3, 31), None,
            "Safecall service live from 1 March 2024 and promoted at all stations.", "Complete"],
        6: [None, "1.2", "Publish quarterly anonymised data on concerns raised and their outcomes to the Fire "
            "Authority.", "ACO Corporate Services", D(2024, 6, 30), D(2024, 12, 31),
            "Reporting format agreed with the Authority. First quarterly report to the December meeting.",
            "On Track"],
        7: [r2, "2.1", "Commission an external review of all disciplinary and grievance cases from the last five "
            "years.", "Chief Fire Officer", D(2024, 5, 31), None,
            "External review completed; findings reported to ELT in June 2024.", "Complete"],
        8: [None, "2.2", "Introduce case timescale standards and a case tracker reported monthly to the Executive "
            "Leadership Team.", "Head of People Services", D(2024, 9, 30), D(2025, 1, 31),
            "Standards drafted. Case tracker build delayed by HR system upgrade.", "At Risk"],
        9: [None, "2.3", "Train all investigating officers in the revised procedure.",
            "Head of Training and Development", "Q4 2024/25", None,
            "Dependent on action 2.2.", "Not Started"],
        10: [r3, "3.1", "Deliver the 'Leading with Respect' programme to all supervisory and middle managers.",
             "AM Training / Head of EDI", D(2025, 3, 31), None,
             "212 of 340 managers trained; remaining cohorts scheduled January to March 2025.", "On Track"],
        11: [None, "3.2", "Include behaviours and values in all promotion assessment processes.",
             "Head of People Services", D(2024, 7, 31), None,
             "Behavioural assessment piloted for Watch Manager promotions; not yet extended to all roles.",
             "Delayed"],
        12: [r4, "4.1", "Run a Service-wide culture survey and publish the results with a response plan.",
             "ACFO Service Delivery", D(2024, 11, 30), None,
             "Survey closed 25 October with a 58% response rate. Results being analysed.", "On Track"],
    }
    colours = {"Complete": BLUE, "On Track": GREEN, "At Risk": AMBER, "Delayed": RED, "Not Started": "FFFFFF"}
    for r, vals in rows.items():
        put(ws, r, vals, "dd-mmm-yy")
        ws.cell(row=r, column=8).fill = fill(colours[vals[7]])
    ws.merge_cells("A5:A6")
    ws.merge_cells("A7:A9")
    ws.merge_cells("A10:A11")
    ws["A14"] = "Status key"
    ws["A14"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("Complete", "Action delivered and evidenced"),
                                  ("On Track", "Action progressing to target date"),
                                  ("At Risk", "Action may not meet target date"),
                                  ("Delayed", "Target date missed"),
                                  ("Not Started", "Action not yet started")], 15):
        ws.cell(row=i, column=1, value=k).fill = fill(colours[k])
        ws.cell(row=i, column=2, value=txt)
    wb.save(os.path.join(HERE, "br1-mid-and-west-wales-frs-culture-review-action-plan.xlsx"))


# ---------------------------------------------------------------- 3 Cornwall Partnership (refuse)
def cornwall():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Cornwall Partnership NHS Foundation Trust – CQC Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Mental health crisis services and health-based places of safety (report published 12 April 2024). "
                "Progress as at 30 September 2024 – reported to Quality Assurance Group.")
    ws.merge_cells("A2:G2")
    header(ws, 5, ["Ref", "CQC requirement", "Action", "Lead", "Target date", "Progress update", "RAG"],
           [8, 40, 45, 26, 14, 45, 10])
    band(ws, 6, "MUST DO", 7, "F4B084")
    md1 = ("The trust must ensure that patients' risk assessments are completed and updated after every contact, "
           "in line with trust policy.")
    md2 = ("The trust must ensure that staff complete mandatory training in the Mental Health Act and Mental "
           "Capacity Act to meet the trust target.")
    rows = {
        7: ["MD1.1", md1, "Revise the crisis team risk assessment template on RiO and make the review date a "
            "mandatory field.", "Clinical Systems Lead", D(2024, 5, 31),
            "Template changes live 20 May 2024.", "Complete"],
        8: ["MD1.2", None, "Monthly audit of 20 records per team, with results reported to the Care Group "
            "governance meeting.", "Crisis Service Manager", D(2024, 7, 31),
            "Audits in place since June; compliance risen from 64% to 88%.", "Complete"],
        9: ["MD2.1", md2, "Book all staff with expired MHA/MCA training onto sessions and release them from rota.",
            "Matron – Crisis Services", D(2024, 9, 30),
            "Compliance 82% against 90% target. Additional sessions booked in October.", "Amber"],
        10: ["MD2.2", None, "Add MHA/MCA compliance to the team performance dashboard and discuss at supervision.",
             "Head of Nursing", "Novmber 2024",
             "Dashboard field requested from Business Intelligence.", "Green"],
        12: ["SD1", "The trust should ensure that the health-based place of safety environment is maintained and "
             "that repairs are carried out promptly.", "Complete the refurbishment of the Longreach place of safety suite.",
             "Estates Project Manager", D(2024, 12, 31), "Works started 2 September; on programme.", "Green"],
        13: ["SD2", "The trust should ensure that carers are offered a carer's assessment.",
             "Promote carers' assessments through the Triangle of Care action plan.", "Carers Lead", "Ongoing",
             "Carers champions identified in each team.", "Green"],
        14: ["SD3", "The trust should ensure that staff receive regular clinical supervision.",
             "Introduce a supervision tracker for crisis teams.", "Crisis Service Manager", D(2025, 3, 31),
             "", None],
    }
    colours = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER}
    for r, vals in rows.items():
        put(ws, r, vals)
        if vals[6]:
            ws.cell(row=r, column=7).fill = fill(colours[vals[6]])
    band(ws, 11, "SHOULD DO", 7, "F4B084")
    ws.merge_cells("B7:B8")
    ws.merge_cells("B9:B10")
    ws["A16"] = "RAG: Complete (blue) / Green – on track / Amber – at risk of delay / Red – off track"
    ws["A16"].font = Font(italic=True, size=9)
    wb.save(os.path.join(HERE, "br1-cornwall-partnership-nhsft-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcPr.append(shd)


def hdr_row(table, names):
    for c, n in zip(table.rows[0].cells, names):
        c.text = ""
        run = c.paragraphs[0].add_run(n)
        run.bold = True
        shade(c, "D9E2F3")


# ---------------------------------------------------------------- 4 Edinburgh College
def edinburgh():
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Edinburgh College – Education Scotland Progress Visit (November 2023): Action Plan", level=1)
    doc.add_paragraph(
        "This action plan sets out how the college will address the areas for development identified by "
        "Education Scotland during the progress visit in November 2023. Progress is monitored by the Learning, "
        "Teaching and Quality Committee of the Board of Management.")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for r, vals in enumerate([["Version", "Date", "Owner", "Approved by"],
                              ["1.0", "22/01/2024", "Head of Quality", "Senior Leadership Team"],
                              ["1.1", "11/03/2024", "Head of Quality", "LTQ Committee"],
                              ["1.2", "04/06/2024", "Head of Quality", "LTQ Committee"]]):
        for c, v in enumerate(vals):
            t.cell(r, c).text = v
    doc.add_paragraph()
    cols = ["No.", "Area for development", "Actions", "Responsibility", "Timescale", "Progress at June 2024",
            "Status"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    hdr_row(t, cols)
    afd1 = ("Managers should ensure that self-evaluation at team level makes consistent use of learner outcome "
            "data to identify priorities for improvement.")
    afd2 = ("The college should increase opportunities for learners to contribute to the design and evaluation "
            "of their programmes.")
    afd3 = "Staff should make more consistent use of the VLE to support independent learning."
    afd4 = ("The college should improve successful completion rates on full-time further education programmes, "
            "which remain below sector level.")
    plan = [
        ("theme", "1. Leadership and quality culture"),
        ("1a", afd1, "Introduce a standard team self-evaluation template with embedded data from the Performance "
         "Indicators dashboard.", "Head of Quality", "January 2024",
         "Template in use by all curriculum teams for 2023-24 evaluations.", "Complete"),
        ("1b", None, "Deliver data literacy workshops for curriculum managers.", "Head of Quality / MIS Manager",
         "June 2024", "Three of four workshops delivered; final session on 19 June.", "G"),
        ("theme", "2. Learning and teaching"),
        ("2a", afd2, "Establish learner focus groups in each faculty, facilitated by the Students' Association, "
         "meeting twice per semester.", "Vice Principal (Learning and Teaching)", "Ongoing",
         "Focus groups held in all five faculties in Semester 2.", "G"),
        ("2b", None, "Report the outcomes of learner focus groups and actions taken ('You said, we did') through "
         "course team meetings and on the VLE.", "Heads of Faculty", "By 31 May 2024",
         "VLE page created; two faculties still to publish their responses.", "A"),
        ("2c", afd3, "Set a minimum VLE standard for all full-time programmes and audit compliance each semester.",
         "Digital Learning Manager", "Dec 2023 – June 2024",
         "Standard agreed in December. Semester 2 audit shows 78% of courses meet the standard.", "G"),
        ("theme", "3. Learner progress and outcomes"),
        ("3a", afd4, "Introduce early-warning 'at risk' flags in the learner tracking system at weeks 4, 8 and 12.",
         "Head of Learner Services", "August 2024",
         "System specification agreed; testing delayed until July because of the student records upgrade.", "A"),
        ("3b", None, "Review retention interventions with Heads of Faculty at monthly Performance Review meetings.",
         "Principal / Vice Principal (Learning and Teaching)", "Monthly",
         "Retention standing item at Performance Review since February.", "G"),
    ]
    colours = {"Complete": BLUE, "G": GREEN, "A": AMBER}
    start = None
    for item in plan:
        row = t.add_row()
        if item[0] == "theme":
            m = row.cells[0].merge(row.cells[6])
            m.text = ""
            m.paragraphs[0].add_run(item[1]).bold = True
            shade(m, "F2F2F2")
            start = None
            continue
        ref, afd, act, resp, when, prog, status = item
        vals = [ref, afd or "", act, resp, when, prog, status]
        for c, v in zip(row.cells, vals):
            c.text = v
        shade(row.cells[6], colours[status])
        if afd:
            start = row.cells[1]
        else:
            keep = start.text
            start = start.merge(row.cells[1])
            start.text = keep
    doc.add_paragraph()
    doc.add_paragraph("Status: Complete – action completed; G – on track; A – some slippage, recovery in place; "
                      "R – significantly behind target.")
    doc.save(os.path.join(HERE, "br1-edinburgh-college-education-scotland-progress-visit-action-plan.docx"))


# ---------------------------------------------------------------- 5 Dundee ADP
def dundee():
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Dundee Partnership – Action Plan for Change", level=1)
    doc.add_paragraph("Response to the Dundee Drugs Commission report 'Responding to Drug Use with Kindness, "
                      "Compassion and Hope'")
    doc.add_paragraph("Progress report to Policy and Resources Committee – January 2021")
    doc.add_paragraph(
        "The plan is overseen by the Dundee Alcohol and Drug Partnership (ADP). Progress has been affected by "
        "COVID-19 restrictions; revised timescales are shown where agreed by the ADP.")
    pri = [
        ("Priority 1: Respond to all non-fatal overdoses quickly and assertively", [
            ("1.1", "Establish a multi-agency Non-Fatal Overdose (NFOD) rapid response team meeting daily to review "
             "overnight notifications from the Scottish Ambulance Service.", "ISMS Service Manager / Police Scotland",
             "May 2020", "Daily NFOD huddle in place since February 2020, strengthened by additional assertive "
             "outreach staff.", GREEN),
            ("1.2", "Make contact with every person experiencing a non-fatal overdose within 72 hours of "
             "notification.", "NFOD Team Leader", "May 2020",
             "Contact within 72 hours achieved for 76% of notifications in Q3.", AMBER),
        ]),
        ("Priority 2: Offer same-day access to treatment", [
            ("2.1", "Test same-day prescribing of opioid substitution therapy through ISMS Direct Access clinics.",
             "ISMS Clinical Director", "Sept 2020",
             "Direct Access clinics paused during lockdown. A fast appointment system is in place for high "
             "priority cases.", AMBER),
            ("2.2", "Develop a shared-care model with primary care, starting with a test of change in Lochee.",
             "H&SCP Primary Care Lead", "Dec 2020",
             "Funding secured; work has begun within the Lochee GP surgery.", GREEN),
        ]),
        ("Priority 3: Involve people with lived experience", [
            ("3.1", "Recruit and train peer support volunteers with lived experience of recovery.",
             "Recovery Network Co-ordinator", "December 2020",
             "14 volunteers recruited and trained; a further cohort starts in February.", GREEN),
            ("3.2", "Establish a lived experience panel to advise the ADP.", "ADP Lead Officer", "Ongoing",
             "Scoping with Dundee Volunteer and Voluntary Action.", None),
        ]),
        ("Priority 4: Prevention and education", [
            ("4.1", "Deliver substance use education in all Dundee secondary schools using a revised curriculum "
             "resource.", "Education Officer (Health and Wellbeing)", "April 2020",
             "Delayed by school closures; to restart in August 2021.", RED),
            ("4.2", "Expand the Take Home Naloxone programme to all community pharmacies and third sector "
             "partners.", "NHS Tayside Public Health", "Q1 2021/22",
             "Dundee Take Home Naloxone project established; naloxone widely available in the city.", GREEN),
        ]),
    ]
    for head, acts in pri:
        doc.add_heading(head, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        hdr_row(t, ["Ref", "Action", "Lead Agency / Officer", "Timescale", "Progress", "RAG"])
        for ref, act, lead, when, prog, col in acts:
            row = t.add_row()
            for c, v in zip(row.cells, [ref, act, lead, when, prog, ""]):
                c.text = v
            if col:
                shade(row.cells[5], col)
    doc.add_paragraph()
    doc.add_paragraph("RAG: Green – complete or on track; Amber – some delay, expected to be recovered; "
                      "Red – significantly delayed or at risk. No colour – not yet rated.")
    doc.save(os.path.join(HERE, "br1-dundee-adp-drugs-commission-action-plan-for-change.docx"))


# ---------------------------------------------------------------- 6 Scottish Ambulance Service csv
def sas():
    rows = [
        ["Scottish Ambulance Service - Internal Audit Recommendations Follow-up - Audit and Risk Committee 10 December 2024"],
        [],
        ["Audit Report", "Report Date", "Rec No", "Grading", "Recommendation", "Management Response / Agreed Action",
         "Action Owner", "Original Due Date", "Revised Due Date", "RAG Status", "Latest Update"],
        ["Procurement and Contract Management (SAS 2024/03)", "14/02/2024", "1", "Grade 3",
         "The contracts register should be complete and reviewed quarterly so that contracts due to expire are "
         "identified in time to re-tender.",
         "The contracts register will be reconciled to the finance ledger and a quarterly review introduced at the "
         "Procurement Steering Group.", "Head of Procurement", "30/06/2024", "", "Blue - Complete",
         "Register reconciled in May 2024. Quarterly review minuted at PSG in June and September."],
        ["Procurement and Contract Management (SAS 2024/03)", "14/02/2024", "2", "Grade 2",
         "Single tender actions should be reported to the Audit and Risk Committee with the reason for the waiver.",
         "A six-monthly report of single tender actions will be presented to the Committee.",
         "Deputy Director of Finance", "30/09/2024", "31/03/2025", "Amber",
         "First report deferred pending changes to the eProcurement system reporting."],
        ["Fleet Maintenance (SAS 2024/05)", "22/04/2024", "1", "Grade 3",
         "Vehicle servicing intervals should be monitored centrally and overdue services escalated.",
         "Introduce a weekly overdue service report from the fleet management system, escalated to Regional Fleet "
         "Managers.", "Head of Fleet", "31/07/2024", "", "Green",
         "Weekly report in place. Overdue services reduced from 41 to 12."],
        ["Fleet Maintenance (SAS 2024/05)", "22/04/2024", "2", "Grade 2",
         "Parts stock held at workshops should be counted and reconciled at least annually.",
         "Annual stock count to be carried out at all workshops at year end, with variances investigated.",
         "Head of Fleet; Financial Controller", "31/03/2025", "", "Green",
         "Count procedures issued to workshops. Count scheduled for March 2025."],
        ["Information Governance - Records Management (SAS 2024/07)", "03/06/2024", "1", "Grade 3",
         "The Records Management Plan should be updated and submitted to the Keeper of the Records of Scotland.",
         "Update the Records Management Plan and submit it to National Records of Scotland.",
         "Head of Information Governance", "31/10/2024", "", "Red",
         "Submission delayed by vacancy in the Records Manager post. Recruitment under way."],
        ["Information Governance - Records Management (SAS 2024/07)", "03/06/2024", "2", "Grade 1",
         "Retention schedules should be applied to the shared drives.",
         "Retention schedules will be applied to departmental shared drives as part of the Microsoft 365 migration.",
         "General Manager - Digital", "Q4 2024/25", "", "Green", "Migration on plan; 6 of 14 departments completed."],
        ["Business Continuity (SAS 2024/09)", "19/08/2024", "1", "Grade 2",
         "Business continuity plans for ambulance control centres should be tested annually.",
         "A live test of the ACC business continuity plan will be carried out at each of the three control centres.",
         "Head of Resilience", "31/12/2024", "", "Green", "Cardonald test completed in November. Inverness and "
         "Edinburgh tests scheduled."],
        ["Business Continuity (SAS 2024/09)", "19/08/2024", "2", "Grade 1",
         "Contact lists in business continuity plans should be kept up to date.",
         "Contact lists will be reviewed quarterly by plan owners.", "Resilience Manager", "Quarterly", "", "",
         "Not yet started - first review due January 2025."],
    ]
    with open(os.path.join(HERE, "br1-scottish-ambulance-service-internal-audit-recommendations-followup.csv"),
              "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 St Louise's txt
def stlouise():
    text = """ST LOUISE'S COMPREHENSIVE COLLEGE, BELFAST - ACTION PLAN IN RESPONSE TO ETI INSPECTION (MAY 2023)
Prepared for the Board of Governors - updated January 2024

The Education and Training Inspectorate (ETI) identified three areas for improvement. The actions below
will be monitored by the Senior Leadership Team and reported to the Board of Governors each term.

Area for improvement 1: To improve the consistency of the quality of learning and teaching in a minority of lessons in Key Stage 3, ensuring that all pupils are appropriately challenged.

Action 1.1: Introduce a whole-school focus on questioning and differentiation through the staff professional learning programme, with three INSET sessions and follow-up peer observation.
Lead: Vice-Principal (Curriculum)
Timescale: Autumn term 2023
Progress: All three INSET sessions delivered; peer observation triads in place for all teaching staff.
Status: Complete

Action 1.2: Senior leaders and heads of department to carry out paired lesson observations in Key Stage 3 and give feedback to staff using the agreed observation proforma.
Lead: SLT / Heads of Department
Timescale: Termly
Progress: Autumn round completed (42 lessons). Spring round under way.
Status: Green - on track

Area for improvement 2: To develop further the use of assessment data to track pupils' progress and inform targeted intervention, particularly in English and mathematics.

Action 2.1: Implement a whole-school tracking system in SIMS with data collection points in November, February and May.
Lead: Mr D Quinn (Data Manager)
Timescale: November 2023
Progress: Tracking system live; November data point completed and analysed by departments.
Status: Complete

Action 2.2: Identify pupils who are underachieving in English and mathematics at each data point and provide small-group intervention.
Lead: Head of English and Head of Mathematics
Timescale: Spring term 2024
Progress: Intervention groups running in Year 9 and Year 10 mathematics; English groups start after the February data point.
Status: Amber - some slippage

Area for improvement 3: To ensure that the action plans within the school development plan have clear, measurable success criteria and that governors are kept fully informed of progress.

Action 3.1: Revise the SDP action plans with SMART success criteria agreed with each middle leader.
Lead: Principal
Timescale: 31/10/2023
Progress: All department action plans revised and quality assured by SLT.
Status: Complete

Action 3.2: Present a termly progress report on the SDP to the Curriculum Committee of the Board of Governors.
Lead: Principal; Vice-Principal (Pastoral)
Timescale: Ongoing
Progress: First report presented in December 2023.
Status: Green - on track

Action 3.3: Arrange governor training on using school performance data through EA Governor Support.
Lead: Chair of Governors
Timescale: March 2024
Progress: Date to be confirmed with EA.
Status: Not started
"""
    with open(os.path.join(HERE, "br1-st-louises-college-belfast-eti-inspection-action-plan.txt"), "w",
              encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    derby()
    mawwfrs()
    cornwall()
    edinburgh()
    dundee()
    sas()
    stlouise()
