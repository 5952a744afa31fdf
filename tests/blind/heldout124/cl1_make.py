"""Make the cl1- blind cases (documents only). Run with /work/main/.venv/bin/python."""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
}
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


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(9)


# ---------------------------------------------------------------------------
# 1. Abertay University - ICO data protection audit action plan (docx)
# ---------------------------------------------------------------------------
ABERTAY = [
    ("Governance and Accountability", [
        ("a3", "The University should ensure that the Information Governance Group meets quarterly and that its terms of reference include oversight of data protection compliance.", "High", [
            ("Revise the terms of reference for the Information Governance Group and set a quarterly meeting schedule for 2024/25.", "University Secretary", "31 October 2024", "Complete")]),
        ("a7", "The University should complete its Record of Processing Activities (RoPA) for all schools and professional services.", "High", [
            ("Issue RoPA templates to all information asset owners and follow up non-returns through the Information Governance Group.", "Data Protection Officer", "March 2025", "Amber")]),
        ("a11", "The University should introduce a DPIA screening step into its project governance process.", "Medium", [
            ("Add mandatory DPIA screening questions to the IT project initiation form.", "DPO / Head of IT Portfolio Management", "31/01/2025", "Complete")]),
    ]),
    ("Training and Awareness", [
        ("b2", "The University should ensure that all staff complete mandatory data protection training on induction and every two years thereafter.", "Urgent", [
            ("Make the data protection e-learning module mandatory in the HR onboarding workflow and report completion rates to the Executive Board each term.", "Director of People and Organisational Development", "Termly", "Green")]),
        ("b5", "The University should provide specialist training for staff who handle subject access requests.", "Medium", [
            ("Deliver subject access request handling workshops for the Information Rights team and school administrators.", "Information Rights Manager", "April 2025", "Green")]),
    ]),
    ("Records Management", [
        ("c4", "The University should implement its retention schedule across shared drives and Microsoft 365.", "High", [
            ("Configure Microsoft 365 retention labels in line with the University retention schedule, starting with HR and Student Records.", "Head of Records Management", "30 June 2025", "Amber"),
            ("Carry out a shared drive clean-up exercise in each school, with disposal certificates returned to Records Management.", "Deans of School", "December 2025", "Not started")]),
        ("c9", "The University should ensure that paper records containing personal data are stored securely.", "Low", [
            ("Complete clear-desk and secure storage spot checks in all University buildings, including the Kydd Building and the Bernard King Library.", "Estates Compliance Manager", "30 November 2024", "Complete")]),
    ]),
]
STATUS_FILL = {"Complete": "9DC3E6", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}


def make_abertay():
    doc = Document()
    doc.add_heading("Abertay University – ICO Data Protection Audit: Action Plan Progress Report", 1)
    doc.add_paragraph(
        "The Information Commissioner's Office (ICO) carried out a consensual audit of the University's "
        "data protection arrangements in May 2024 and gave an overall assurance rating of Reasonable. "
        "This report sets out the agreed actions against each recommendation and progress to date. "
        "It is presented to the Audit and Risk Committee for assurance.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "3.0"), ("Owner", "Data Protection Officer"),
                                ("Reviewed by", "Audit and Risk Committee"), ("Date", "4 March 2025")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        set_cell(t.rows[i].cells[1], v)
    doc.add_paragraph("")
    hdr = ["Ref", "Recommendation", "Priority", "Agreed action", "Owner", "Implementation date", "Status"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")
    for section, recs in ABERTAY:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        set_cell(m, section, bold=True)
        shade(m, "F2F2F2")
        for ref, rec, pri, acts in recs:
            first = None
            for j, (act, owner, date, status) in enumerate(acts):
                row = t.add_row()
                if j == 0:
                    first = row
                    set_cell(row.cells[0], ref)
                    set_cell(row.cells[1], rec)
                    set_cell(row.cells[2], pri)
                set_cell(row.cells[3], act)
                set_cell(row.cells[4], owner)
                set_cell(row.cells[5], date)
                set_cell(row.cells[6], status)
                if status in STATUS_FILL:
                    shade(row.cells[6], STATUS_FILL[status])
            if len(acts) > 1:
                for k in range(3):
                    first.cells[k].merge(row.cells[k])
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete – action completed and evidenced; Green – on track; "
                      "Amber – at risk of slippage; Red – overdue; Not started – not yet due to start.")
    doc.save(os.path.join(HERE, "cl1-abertay-university-ico-data-protection-audit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 2. Cardiff University - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
CARDIFF_HDR = ["Ref", "Audit", "Report Date", "Assurance", "Recommendation", "Priority",
               "Agreed Management Action", "Responsible Officer", "Target Date",
               "Revised Target Date", "Status", "Progress Update"]
CARDIFF = [
    ["IA24-03.1", "Research Grant Expenditure", "14/03/2024", "Limited",
     "Post-award finance should reconcile grant ledgers to sponsor claims quarterly.", "High",
     "Quarterly reconciliation process to be introduced and evidenced on the grants dashboard.",
     "Head of Research Finance", "30/06/2024", "30/09/2024", "Complete",
     "Reconciliations completed for Q1 and Q2 and reviewed by the Deputy Director of Finance. Evidence provided to Internal Audit."],
    ["IA24-03.2", "Research Grant Expenditure", "14/03/2024", "Limited",
     "Ineligible costs identified at claim stage should be journaled off the grant within one month.", "Medium",
     "Monthly ineligible cost report to be run and cleared by School finance teams.",
     "Head of Research Finance; School Finance Managers", "31/07/2024", "", "Complete",
     "Report live from July. Outstanding items cleared."],
    ["IA24-07.1", "Student Attendance Monitoring (UKVI)", "02/05/2024", "Reasonable",
     "Schools should record attendance for all sponsored students consistently in SIMS.", "High",
     "Guidance note to be reissued to Schools and compliance spot checks introduced each semester.",
     "Head of Student Compliance", "30/09/2024", "31/01/2025", "Amber",
     "Guidance reissued in September. Spot checks delayed due to a staff vacancy; first round now scheduled for January."],
    ["IA24-07.2", "Student Attendance Monitoring (UKVI)", "02/05/2024", "Reasonable",
     "Missed contact points should be escalated to the Visa Compliance team within 10 working days.", "Medium",
     "Automated escalation report to be built in SIMS.",
     "Head of Student Compliance / Head of Student Systems", "31/12/2024", "31/03/2025", "Amber",
     "Development paused pending the SIMS upgrade; revised date agreed with the Audit and Risk Committee."],
    ["", "", "", "", "", "", "", "", "", "", "", ""],
    ["IA24-11.1", "Cyber Security - Patch Management", "19/06/2024", "Limited",
     "All servers should be patched within the timescales set in the patching standard.", "High",
     "Patch compliance dashboard to be produced and reviewed fortnightly by IT leadership.",
     "Chief Digital Officer", "30/11/2024", "", "On track",
     "Dashboard in test. Fortnightly review meeting set up from November."],
    ["IA24-11.2", "Cyber Security - Patch Management", "19/06/2024", "Limited",
     "Unsupported operating systems should be removed or isolated.", "High",
     "Remaining Windows Server 2012 hosts to be decommissioned or moved to an isolated network segment.",
     "Chief Digital Officer", "31/10/2024", "", "Red",
     "Three hosts remain, supporting legacy laboratory equipment. Decommissioning depends on the supplier replacing the equipment."],
    ["IA24-14.1", "Accounts Payable", "10/07/2024", "Substantial",
     "Supplier bank detail changes should be independently verified by call-back.", "Medium",
     "Call-back verification to be made mandatory and evidenced on the supplier amendment form.",
     "AP Manager", "31/08/2024", "", "Complete", "Form amended and in use from 1 August."],
    ["IA24-14.2", "Accounts Payable", "10/07/2024", "Substantial",
     "Duplicate payment checks should be run before each payment run.", "Low",
     "Duplicate payment report to be run and signed off before each weekly payment run.",
     "AP Manager", "Ongoing", "", "Green", "Report run weekly since August; no duplicates paid."],
]


def make_cardiff():
    path = os.path.join(HERE, "cl1-cardiff-university-internal-audit-recommendations-tracker.csv")
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(["Internal Audit Recommendations Tracker - Audit and Risk Committee November 2024"] + [""] * 11)
        w.writerow([""] * 12)
        w.writerow(CARDIFF_HDR)
        for r in CARDIFF:
            w.writerow(r)
        w.writerow([""] * 12)
        w.writerow(["Status: Complete = implemented and evidenced; On track/Green = due date will be met; "
                    "Amber = at risk of missing due date; Red = overdue"] + [""] * 11)


# ---------------------------------------------------------------------------
# 3. Queen Margaret University - ELIR action plan (tab-separated text)
# ---------------------------------------------------------------------------
QMU_REC1 = "Ensure that the impact of enhancement activities is systematically evaluated."
QMU_REC2 = "Strengthen the operation of the student representative system at programme level, including closing the feedback loop."
QMU_REC3 = "Ensure consistent implementation of the annual progression review for postgraduate research students."
QMU_REC4 = "Ensure that postgraduate research students who teach receive appropriate training and support."
QMU = [
    ("Area 1: Evaluation and monitoring of enhancement", [
        ["1.1", QMU_REC1, "Introduce an evaluation template for all Learning and Teaching Enhancement projects, with findings reported annually to the Learning, Teaching and Quality Committee.", "Dean of Learning and Teaching", "Jun-25", "Template approved by LTQC in October; first reports due at the end of the session.", "Green"],
        ["1.2", QMU_REC1, "Publish an annual enhancement report summarising project outcomes for staff and students.", "Head of Academic Development/Quality Manager", "Sept 2025", "Format agreed. First report will cover 2024-25 projects.", "Green"],
    ]),
    ("Area 2: Student representation", [
        ["2.1", QMU_REC2, "Agree a joint University and Students' Union rep training programme and track completion.", "SU President / Head of Student Services", "Dec-24", "Training delivered to 86% of programme reps by December; completion data now held by the SU.", "Complete"],
        ["2.2", QMU_REC2, "Introduce 'You said, we did' summaries after each Student-Staff Liaison Committee.", "Programme Leaders", "Ongoing", "Summaries in place for most programmes; template shared on the staff intranet.", "Green"],
    ]),
    ("Area 3: Postgraduate research students", [
        ["3.1", QMU_REC3, "Revise the PGR progression regulations and provide training for panel chairs.", "Director of the Graduate School", "31/03/2025", "Regulations revised. Training postponed to March owing to panel chair availability.", "Amber"],
        ["3.2", QMU_REC4, "Make completion of the Graduate Teaching Assistant training module a condition of first teaching allocation.", "Director of the Graduate School", "Sep-24", "In place from the start of semester 1.", "Complete"],
        ["3.3", QMU_REC4, "Monitor GTA teaching hours and support through the PGR annual monitoring report.", "Graduate School Manager", "Annually", "Data on GTA hours is not yet collected centrally; a change to the HR system is required.", "Red"],
    ]),
]


def make_qmu():
    lines = ["Queen Margaret University – ELIR Action Plan: Progress Update",
             "Presented to Senate, 20 November 2024", "",
             "\t".join(["Ref", "Recommendation", "Action", "Lead", "Target date", "Progress", "Status"])]
    for area, rows in QMU:
        lines.append(area)
        for r in rows:
            lines.append("\t".join(r))
    lines += ["", "Status key: Complete = action completed; Green = on track; Amber = some delay; Red = significant delay / at risk"]
    with open(os.path.join(HERE, "cl1-queen-margaret-university-qaa-elir-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 4. Dumfries and Galloway College - Education Scotland progress visit (xlsx)
# ---------------------------------------------------------------------------
DGC = [
    ("Leadership and quality culture", [
        ("Strengthen the use of learner data in self-evaluation at curriculum team level.", [
            ("1.1", "Introduce a termly data review meeting for each curriculum team using the Power BI learner dashboard.", "Head of Quality", D(2024, 12, 20), "Data review meetings held in all curriculum areas in November; notes uploaded to SharePoint.", "blue"),
            ("1.2", "Provide training for curriculum managers on interpreting PI data and setting targets in team evaluation reports.", "Head of Quality / Organisational Development Manager", "January 2025", "Two sessions delivered; third session for Stranraer campus staff booked for January.", "green"),
        ]),
        ("Involve learner representatives in programme review.", [
            ("1.3", "Include learner representatives in each programme review meeting and record their contributions in review minutes.", "Head of Student Services", D(2025, 3, 31), "Class reps invited to all February review meetings.", "green"),
        ]),
    ]),
    ("Delivery of learning and services to support learning", [
        ("Improve the consistency of learning and teaching approaches across curriculum areas.", [
            ("2.1", "Develop a college learning and teaching framework with agreed core expectations for each lesson.", "Vice Principal Learning and Skills", "Feb 2025", "Draft framework shared with the Academic Board; staff consultation extended to February.", "amber"),
            ("2.2", "Introduce peer observation pairs across all curriculum areas with a focus on questioning and checking understanding.", "Teaching and Learning Coaches", "Ongoing", "Pairs set up in 9 of 12 curriculum areas.", "green"),
        ]),
        ("Increase the use of digital tools to support independent learning.", [
            ("2.3", "Roll out Microsoft Teams class sites for all full-time programmes with learning materials available to learners off campus.", "Digital Learning Manager", D(2024, 10, 31), "Complete – all full-time programmes now have a Teams class site.", "blue"),
        ]),
    ]),
    ("Outcomes and impact", [
        ("Improve successful completion rates on full-time further education programmes, particularly in construction and engineering.", [
            ("3.1", "Put in place early-warning tracking of learner attendance and progress in weeks 4, 8 and 12, with guidance staff contacting learners at risk of withdrawal.", "Head of Construction and Engineering", D(2025, 6, 30), "Week 4 and week 8 checks completed. Withdrawals down on last year but attendance in NC Engineering remains a concern.", "amber"),
            ("3.2", "Review the content and assessment schedule of the NC Engineering programme to reduce assessment bunching in block 2.", "Head of Construction and Engineering", "June 2025", "Not yet started – scheduled for the curriculum planning period.", None),
        ]),
        ("Improve outcomes for care-experienced learners.", [
            ("3.3", "Introduce a named guidance contact for all care-experienced learners and monitor their progress at monthly case meetings.", "Head of Student Services", "Monthly", "Named contacts allocated to all 41 care-experienced learners; case meetings running since September.", "green"),
        ]),
    ]),
]


def make_dgc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = [7, 38, 55, 28, 14, 34, 50, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Dumfries and Galloway College – Education Scotland Progress Visit Action Plan 2024-25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress visit: 11 to 13 March 2024.  Last updated: 28 November 2024"
    ws.merge_cells("A2:H2")
    hdr = ["No.", "Area for development", "Actions", "Lead", "Timescale", "Measures of success", "Progress update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.border = BOX
        cell.alignment = WRAP
    measures = {
        "1.1": "All teams evidence data review in evaluation reports",
        "1.2": "Targets set in all team evaluation reports",
        "1.3": "Learner rep attendance recorded at all reviews",
        "2.1": "Framework approved and in use",
        "2.2": "Every lecturer observed at least once per session",
        "2.3": "100% of FT programmes with a Teams site",
        "3.1": "FT FE completion rate up 5 percentage points",
        "3.2": "Revised assessment schedule in place for August 2025",
        "3.3": "Care-experienced completion rate in line with college average",
    }
    r = 5
    for theme, afds in DGC:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for afd, acts in afds:
            top = r
            for ref, act, lead, when, prog, rag in acts:
                vals = [ref, afd if r == top else None, act, lead, when, measures[ref], prog, None]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.border = BOX
                    cell.alignment = WRAP
                if isinstance(when, dt.datetime):
                    ws.cell(row=r, column=5).number_format = "mmm-yy"
                if rag:
                    ws.cell(row=r, column=8).fill = FILL[rag]
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for col, text in [("blue", "Complete"), ("green", "On track"), ("amber", "Some slippage – action being taken"), ("red", "At risk / not on track")]:
        ws.cell(row=r, column=1).fill = FILL[col]
        ws.cell(row=r, column=2, value=text)
        r += 1
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "cl1-dumfries-galloway-college-education-scotland-progress-visit-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 5. Norfolk Community Health and Care - CQC must/should do (xlsx, refuse)
# ---------------------------------------------------------------------------
NCHC = [
    ("MD1", "Must", "Reg 12", "Community inpatient services", "The trust must ensure that medicines are stored at the correct temperature on all wards.",
     "Install remote temperature monitoring in all clinic rooms and medicine fridges, with alerts to the ward manager and pharmacy.", "Chief Nurse", "Chief Pharmacist", D(2024, 7, 31),
     "Remote monitoring live on all 8 community hospital wards from July. Weekly pharmacy review of alerts.", "Complete"),
    ("MD2", "Must", "Reg 18", "Community inpatient services", "The trust must ensure that staff complete mandatory training, including basic life support.",
     "Agree ward-level trajectories to reach 90% compliance and release staff to attend face-to-face BLS sessions.", "Director of Workforce", "Head of Education and Training", D(2024, 9, 30),
     "Compliance at 87% (September). Additional BLS sessions booked for North Walsham and Cromer.", "Green"),
    ("MD3", "Must", "Reg 17", "Community health services for adults", "The trust must ensure that audits of care records are completed and that actions from them are followed up.",
     "Introduce a monthly record-keeping audit for each community nursing team, reported through the locality quality meeting.", "Chief Nurse", "Locality Heads of Nursing", "30 Spetember 2024",
     "Audit tool agreed and first audits completed in two localities. Roll-out to the remaining localities under way.", "Amber"),
    ("SD1", "Should", "Reg 9", "Community inpatient services", "The trust should ensure that patients' discharge plans are discussed with them and their carers.",
     "Add a carer discussion prompt to the discharge checklist in SystmOne.", "Chief Operating Officer", "Discharge Lead", D(2024, 10, 31),
     "Checklist updated; compliance to be checked in the November audit.", "Green"),
    ("SD2", "Should", "Reg 12", "Community health services for adults", "The trust should ensure that wound care assessments include photographs where clinically appropriate.",
     "Roll out the secure wound photography app to all community nursing teams.", "Chief Nurse", "Tissue Viability Lead", D(2024, 12, 31),
     "App procured; device configuration delayed by IT supplier.", "Amber"),
    ("SD3", "Should", "Reg 17", "Community health services for adults", "The trust should ensure that staff receive feedback on the incidents they report.",
     "Enable automatic feedback emails in Datix and include incident learning in team huddles.", "Director of Nursing Quality", "Head of Patient Safety", D(2024, 8, 31),
     "Feedback emails enabled in August.", "Complete"),
]


def make_nchc():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = "Norfolk Community Health and Care NHS Trust – CQC Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Report published 12 March 2024  |  Version 4  |  Updated 15 October 2024"
    ws.merge_cells("A2:K2")
    hdr = ["Ref", "Must / Should", "Regulation", "Core service", "CQC finding", "Action", "Executive lead", "Operational lead", "Due date", "Progress update", "RAG"]
    widths = [6, 9, 10, 22, 45, 50, 20, 22, 14, 50, 11]
    for c, (h, w) in enumerate(zip(hdr, widths), 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.alignment = WRAP
        ws.column_dimensions[chr(64 + c)].width = w
    rag_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    for i, row in enumerate(NCHC):
        r = 5 + i
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        if isinstance(row[8], dt.datetime):
            ws.cell(row=r, column=9).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=11).fill = FILL[rag_fill[row[10]]]
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "cl1-norfolk-community-health-care-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 6. Bath Spa University - Ofsted ITE improvement plan (docx)
# ---------------------------------------------------------------------------
BATHSPA = [
    ("Priority 1: Mentor development",
     "Leaders should ensure that all mentors are trained to help trainees apply the centre-based curriculum in their school placements.",
     [("1.1", "Redesign the mentor training programme so that each session is linked to the relevant weeks of the centre-based curriculum.", "Director of ITE", "Autumn term 2024", "All mentor sessions mapped to curriculum weeks", "Complete"),
      ("1.2", "Introduce a mentor quality assurance visit for every school in the partnership during each placement.", "Partnership Manager", "Summer term 2025", "QA visit record for 100% of placement schools", "On track"),
      ("1.3", "Track mentor training attendance and follow up with headteachers where mentors have not attended.", "Partnership Manager / Placements Officer", "Termly", "Mentor training attendance above 95%", "On track")]),
    ("Priority 2: Secondary subject curriculum",
     "Leaders should ensure that, in a few secondary subjects, the curriculum sets out in sufficient detail the subject-specific knowledge that trainees need to learn.",
     [("2.1", "Subject leads in geography, music and computing to revise curriculum maps to identify the subject knowledge to be taught and when.", "Secondary Phase Lead", "31 January 2025", "Revised maps approved by the ITE Curriculum Group", "Amber"),
      ("2.2", "External subject specialists to review the revised curriculum maps and report to the ITE Strategic Board.", "Dr Alys Morgan", "March 2025", "External review reports received and actions agreed", "Not started")]),
    ("Priority 3: Assessment of trainees",
     "Leaders should ensure that the assessment of trainees focuses on how well they have learned the curriculum, rather than on the Teachers' Standards alone.",
     [("3.1", "Replace the placement progress review form with a curriculum-referenced review aligned to the ITT Core Content Framework.", "Assessment Lead", "September 2024", "New review form in use for all trainees", "Complete"),
      ("3.2", "Moderate a sample of progress reviews across primary and secondary each term at the partnership moderation panel.", "Primary Phase Lead and Secondary Phase Lead", "Termly", "Moderation report to each Strategic Board meeting", "On track")]),
]
RAG_SHADE = {"Complete": "9DC3E6", "On track": "92D050", "Amber": "FFC000", "Red": "FF0000"}


def make_bathspa():
    doc = Document()
    doc.add_heading("Bath Spa University ITE Partnership – Post-Inspection Improvement Plan 2024–25", 1)
    doc.add_paragraph(
        "Ofsted inspected the Bath Spa University initial teacher education partnership in April 2024. "
        "This plan sets out how the partnership will respond to the three improvement points in the report. "
        "It is monitored by the ITE Strategic Board each half term.")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Version", "Author", "Approved by", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(t.rows[1].cells, ["2.1", "Director of ITE", "ITE Strategic Board", "14 January 2025"]):
        set_cell(c, v)
    for heading, rec, acts in BATHSPA:
        doc.add_heading(heading, 2)
        p = doc.add_paragraph()
        r = p.add_run(rec)
        r.italic = True
        hdr = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG"]
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            set_cell(c, h, bold=True)
            shade(c, "E7E6E6")
        for ref, act, lead, when, crit, rag in acts:
            row = t.add_row()
            for c, v in zip(row.cells, [ref, act, lead, when, crit, rag]):
                set_cell(c, v)
            if rag in RAG_SHADE:
                shade(row.cells[5], RAG_SHADE[rag])
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete; On track; Amber – some slippage; Red – at risk; Not started.")
    doc.save(os.path.join(HERE, "cl1-bath-spa-university-ofsted-ite-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 7. Powys Teaching Health Board - Audit Wales recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
SA = "Structured Assessment 2023"
PC = "Review of Planned Care (2024)"
WF = "Workforce Planning Arrangements (2024)"
POWYS = [
    ("SA23 R1", D(2024, 1, 1), SA, "The Board should ensure that committee cover reports clearly set out the level of assurance being provided.",
     "Revised cover report template to be introduced with a mandatory assurance rating section.", "Board Secretary", D(2024, 4, 30), None, "blue",
     "New template in use for all Board and committee papers from April 2024."),
    ("SA23 R2", D(2024, 1, 1), SA, "The Board should strengthen its oversight of the delivery of its Integrated Medium Term Plan.",
     "Quarterly IMTP delivery report to be presented to the Board.", "Director of Planning and Performance", D(2024, 6, 30), D(2024, 9, 30), "blue",
     "First quarterly report received by the Board in September 2024."),
    ("SA23 R3", D(2024, 1, 1), SA, "The health board should update its risk management framework and ensure risk appetite is applied in decision making.",
     "Refresh the risk management framework and hold a Board development session on risk appetite.", "Board Secretary", D(2024, 7, 31), D(2025, 1, 31), "amber",
     "Framework refreshed. Board development session moved to January to allow new Independent Members to attend."),
    None,
    ("PC24 R1", D(2024, 5, 1), PC, "The health board should develop a plan to reduce the number of patients waiting over 104 weeks for treatment commissioned from English providers.",
     "Agree trajectories with each English provider and monitor them through quarterly commissioning assurance meetings.", "Director of Planning, Performance and Commissioning", D(2024, 12, 31), None, "green",
     "Trajectories agreed with four of five providers; the fifth is due at the November meeting."),
    ("PC24 R2", D(2024, 5, 1), PC, "The health board should improve the information it provides to patients waiting for treatment.",
     "Publish a 'waiting well' information page and write to long-waiting patients with contact details for the validation team.", "Director of Nursing and Midwifery", D(2024, 9, 30), None, "red",
     "Letters drafted but not issued; Welsh translation and patient reader panel review outstanding."),
    None,
    ("WF24 R1", D(2024, 9, 1), WF, "The health board should strengthen the workforce analytics available to service managers.",
     "Roll out the ESR business intelligence dashboards to all service managers.", "Director of Workforce and OD", D(2025, 3, 31), None, "green",
     "Dashboards live for Community Services Group; roll-out to remaining groups planned for Q4."),
    ("WF24 R2", D(2024, 9, 1), WF, "The health board should evaluate the impact of its international recruitment programme.",
     "Undertake an evaluation of the retention and experience of internationally educated nurses and report to the People and Culture Committee.", "Director of Workforce and OD / Director of Nursing and Midwifery", D(2025, 6, 30), None, None,
     "Not yet started – scheduled for Q4."),
]


def make_powys():
    wb = Workbook()
    ws = wb.active
    ws.title = "AW Tracker"
    ws["A1"] = "Powys Teaching Health Board – Audit Wales Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit, Risk and Assurance Committee – 3 December 2024"
    ws["A2"].font = Font(italic=True)
    key = [("red", "Red – implementation date passed, action not complete"),
           ("amber", "Amber – action not on target for completion by agreed/revised date"),
           ("green", "Green – action on target to be completed by agreed/revised date"),
           ("blue", "Blue – action complete")]
    ws["A3"] = "Key:"
    ws["A3"].font = Font(bold=True)
    for i, (col, text) in enumerate(key):
        ws.cell(row=4 + i, column=1).fill = FILL[col]
        ws.cell(row=4 + i, column=2, value=text)
    hdr = ["Ref", "Date added", "Report", "Recommendation", "Management response / agreed action", "Executive lead",
           "Original implementation date", "Revised implementation date", "Status", "Progress update"]
    widths = [10, 11, 26, 48, 48, 26, 14, 14, 9, 50]
    for c, (h, w) in enumerate(zip(hdr, widths), 1):
        cell = ws.cell(row=9, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="BDD7EE")
        cell.alignment = WRAP
        cell.border = BOX
        ws.column_dimensions[chr(64 + c)].width = w
    r = 10
    for item in POWYS:
        if item is None:
            r += 1
            continue
        ref, added, rep, rec, act, lead, orig, rev, status, prog = item
        vals = [ref, added, rep, rec, act, lead, orig, rev, None, prog]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(row=r, column=2).number_format = "mmm-yy"
        ws.cell(row=r, column=7).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=8).number_format = "dd/mm/yyyy"
        if status:
            ws.cell(row=r, column=9).fill = FILL[status]
        r += 1
    ws.freeze_panes = "A10"
    wb.save(os.path.join(HERE, "cl1-powys-teaching-hb-audit-wales-recommendations-tracker.xlsx"))


if __name__ == "__main__":
    make_abertay()
    make_cardiff()
    make_qmu()
    make_dgc()
    make_nchc()
    make_bathspa()
    make_powys()
