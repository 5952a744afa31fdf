"""Build the seven lb1- blind test files (set heldout348).

Run with /work/main/.venv/bin/python lb1_make.py ; files are written beside this script.
"""
import csv
import os
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# --------------------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text into a docx cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    for part in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold


def header_row(table, labels, fill="1F3864"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = None
        shade(c, fill)


XL_FILL = {
    "blue": PatternFill("solid", fgColor="0070C0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F4E78"),
}
WRAP = Alignment(wrap_text=True, vertical="top")


# =========================================================================== 1
def brannel_school():
    doc = Document()
    doc.add_heading("Brannel School – Post-Ofsted Action Plan", level=0)
    doc.add_paragraph(
        "Ofsted inspection: 5 and 6 March 2024 (graded inspection under section 5 of the "
        "Education Act 2005). Overall effectiveness: Requires improvement."
    )
    doc.add_paragraph(
        "Plan owner: Headteacher. Monitored by the Local Governing Body (Standards Committee) "
        "each half term. Last updated: 14 March 2025."
    )

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Changes"], fill="D9D9D9")
    for row in [
        ("1.0", "22/04/2024", "JH", "First draft following publication of the inspection report"),
        ("1.1", "24/04/2024", "JH", "Approved by the Local Governing Body"),
        ("2.0", "14/03/2025", "KR", "Spring term progress review"),
    ]:
        cells = dc.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for letter, meaning, fill in [
        ("B", "Complete – impact evidenced", "0070C0"),
        ("G", "On track", "00B050"),
        ("A", "Some slippage – action being taken", "FFC000"),
        ("R", "Off track", "FF0000"),
    ]:
        cells = key.add_row().cells
        set_cell(cells[0], letter, bold=True)
        shade(cells[0], fill)
        set_cell(cells[1], meaning)

    priorities = [
        (
            "Priority 1: Curriculum sequencing at key stage 3",
            "In some subjects, leaders have not identified the precise knowledge that pupils "
            "should learn and the order in which they should learn it. Leaders should ensure that "
            "the curriculum in all subjects is carefully sequenced so that pupils build their "
            "knowledge securely over time.",
            [
                ("1.1",
                 "Subject leaders in history, geography and RE to rewrite key stage 3 curriculum "
                 "maps, identifying the essential knowledge for each unit.",
                 "KR (DHT Curriculum)", "Summer term 2024",
                 "Curriculum maps in place for all three subjects and reviewed by SLT link", "B"),
                ("1.2",
                 "Deliver a CPD programme on retrieval practice and sequencing for all teaching "
                 "staff (six twilight sessions).",
                 "KR / TP", "Autumn term 2024",
                 "All teaching staff attended; strategies seen in 80% of drop-ins", "B"),
                ("1.3",
                 "SLT and governors to carry out subject deep dives in each foundation subject to "
                 "check that the intended curriculum is being taught.\n"
                 "Findings reported to the Standards Committee.",
                 "Headteacher", "Termly",
                 "Deep dive reports show curriculum implemented as intended", "G"),
            ],
        ),
        (
            "Priority 2: Checking pupils’ understanding",
            "Teachers do not consistently check what pupils know and remember before moving on to "
            "new content. As a result, some misconceptions go unnoticed. Leaders should ensure "
            "that teachers use assessment precisely to identify and address gaps in pupils’ "
            "knowledge.",
            [
                ("2.1",
                 "Introduce a whole-school assessment framework with common ‘hinge’ questions in "
                 "every key stage 3 unit.",
                 "TP (AHT Teaching and Learning)", "31/10/2024",
                 "Hinge questions in all KS3 unit plans", "B"),
                ("2.2",
                 "Use low-stakes quizzes at the start of lessons in maths and science, with results "
                 "recorded on Arbor to inform re-teaching.",
                 "Head of Maths / Head of Science", "Spring term 2025",
                 "Quiz data used in department meetings to plan re-teaching", "A"),
                ("2.3",
                 "Quality assurance drop-ins to focus on checking for understanding; feedback given "
                 "to staff within 48 hours.",
                 "SLT", "Ongoing",
                 "Drop-in records show consistent checking in 90% of lessons", "G"),
            ],
        ),
        (
            "Priority 3: Attendance of disadvantaged pupils",
            "Too many pupils, particularly those who are disadvantaged, are persistently absent "
            "from school. Leaders should continue to work with families to improve the attendance "
            "of these pupils so that they benefit fully from the education the school provides.",
            [
                ("3.1",
                 "Appoint a full-time Attendance and Welfare Officer and establish weekly attendance "
                 "panel meetings.",
                 "Headteacher", "Sept 2024",
                 "Officer in post; panel minutes", "B"),
                ("3.2",
                 "Introduce tiered attendance support plans for all persistently absent pupils, with "
                 "home visits after three days’ absence.",
                 "Attendance and Welfare Officer / DSL", "Jan 2025",
                 "PA rate for disadvantaged pupils below 25%", "G"),
                ("3.3",
                 "Review the use of pupil premium funding to remove barriers to attendance "
                 "(transport, uniform, breakfast club) and report impact to governors.",
                 "PP Lead / Business Manager", "Jul-25",
                 "Pupil premium strategy statement updated and published", "A"),
            ],
        ),
    ]
    for heading, afi, actions in priorities:
        doc.add_heading(heading, level=1)
        doc.add_paragraph().add_run("Area for improvement").bold = True
        p = doc.add_paragraph()
        r = p.add_run(afi)
        r.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead", "By when", "Success criteria", "RAG (Mar 25)"],
                   fill="D9E2F3")
        for a in actions:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                set_cell(cells[i], v)
        doc.add_paragraph()

    doc.add_heading("Governor monitoring", level=1)
    gm = doc.add_table(rows=1, cols=3)
    gm.style = "Table Grid"
    header_row(gm, ["Date", "Committee", "Outcome"], fill="D9D9D9")
    for row in [
        ("11/07/2024", "Standards Committee", "Summer term review – progress noted"),
        ("05/12/2024", "Standards Committee", "Autumn term review – priority 3 challenged"),
        ("20/03/2025", "Full LGB", "Spring term review – plan rolled forward"),
    ]:
        cells = gm.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    doc.save(out("lb1-brannel-school-post-ofsted-action-plan.docx"))


# =========================================================================== 2
def hereward_college():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Hereward College – Post-Inspection Action Plan (PIAP)"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Following Ofsted inspection, 14 to 17 November 2023"
    rows = [
        ("Overall effectiveness:", "Requires improvement"),
        ("Plan owner:", "Vice Principal Curriculum & Quality"),
        ("Reported to:", "Quality and Standards Committee"),
        ("Version / date:", "v4 – 10 June 2024"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A9"] = "RAG status key"
    cov["A9"].font = Font(bold=True)
    for i, (k, v, f) in enumerate([
        ("Complete", "Action completed and impact evidenced", "blue"),
        ("Green", "On track to meet target date", "green"),
        ("Amber", "Some slippage; revised date agreed", "amber"),
        ("Red", "Off track; escalated to SLT", "red"),
    ], start=10):
        cov.cell(i, 1, k).fill = XL_FILL[f]
        cov.cell(i, 2, v)
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 50

    ws = wb.create_sheet("PIAP")
    ws["A1"] = "PIAP progress update – June 2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Areas for improvement are quoted from the Ofsted report published 8 January 2024."
    hdr = ["Ref", "Area for improvement (from Ofsted report)", "Action", "Responsible",
           "Original target date", "Revised target date", "Progress update", "RAG"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = XL_FILL["head"]
        cell.alignment = WRAP

    d = datetime
    blocks = [
        ("Quality of education",
         "Leaders should ensure that teachers set precise, individual targets for students in "
         "their learning programmes, so that students make the progress of which they are capable.",
         [
             ("QE1", "Train all curriculum staff in writing SMART individual targets linked to EHC "
                     "plan outcomes.", "Head of Quality", d(2024, 1, 31), None,
              "Training delivered to 94% of staff in January.", "Complete"),
             ("QE2", "Introduce termly target review meetings between tutors, students and "
                     "therapists, recorded on ProMonitor.", "Heads of Curriculum",
              d(2024, 4, 30), d(2024, 7, 19),
              "Review meetings held in 3 of 5 curriculum areas; remaining areas scheduled for July.",
              "Amber"),
             ("QE3", "Quality team to sample 10% of individual learning plans each half term and "
                     "feed back to managers.", "Quality Manager; Heads of Curriculum",
              "Half-termly", None, "Samples completed for spring 1, spring 2 and summer 1.",
              "Green"),
         ]),
        ("Personal development",
         "Leaders should improve the careers education and guidance that students receive so that "
         "all students understand the options available to them when they leave college, "
         "including supported internships and employment.",
         [
             ("PD1", "Appoint a Careers Leader with CDI qualification and complete a Compass+ audit "
                     "against the Gatsby benchmarks.", "Assistant Principal Student Experience",
              d(2024, 3, 31), None,
              "Careers Leader in post from 4 March; Compass+ baseline completed.", "Complete"),
             ("PD2", "Extend supported internship places from 12 to 20 through new partnerships "
                     "with local NHS and council employers.", "Head of Employability",
              "September 2024", None,
              "16 places confirmed; 4 further employer placements being negotiated.", "Green"),
         ]),
        ("Leadership and management",
         "Governors should ensure that they receive sufficiently detailed information about the "
         "progress of students in residential provision so that they can hold leaders to account "
         "effectively.",
         [
             ("LM1", "Add a residential progress and safeguarding dashboard to the termly "
                     "Principal's report to the Board.", "Principal", d(2024, 3, 15), None,
              "Dashboard included in March and June Board reports.", "Complete"),
             ("LM2", "Nominate a link governor for residential provision and agree a schedule of "
                     "visits.", "Clerk to the Corporation", d(2024, 2, 29), d(2024, 5, 31),
              "Link governor appointed at May Board; first visit 21 May.", "Complete"),
             ("LM3", "Commission an external review of residential provision against the National "
                     "Minimum Standards for accommodation in further education colleges.",
              "Vice Principal Curriculum & Quality", "Autumn term 2024", None,
              "Reviewer appointed; visit booked for October.", "Green"),
         ]),
    ]
    fills = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    r = 5
    for theme, afi, acts in blocks:
        ws.cell(r, 1, theme).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(r, c).fill = XL_FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        first = r
        ws.cell(r, 2, afi).alignment = WRAP
        for ref, act, who, orig, rev, prog, rag in acts:
            ws.cell(r, 1, ref)
            ws.cell(r, 3, act).alignment = WRAP
            ws.cell(r, 4, who).alignment = WRAP
            for col, val in ((5, orig), (6, rev)):
                if val is not None:
                    cell = ws.cell(r, col, val)
                    if isinstance(val, datetime):
                        cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 7, prog).alignment = WRAP
            cell = ws.cell(r, 8, rag)
            cell.fill = XL_FILL[fills[rag]]
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes: Original and revised dates are both shown where the Quality and "
                  "Standards Committee has agreed a change. The revised date is the current "
                  "target.")
    for col, w in zip("ABCDEFGH", (7, 40, 48, 26, 13, 13, 40, 11)):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of RAG status – June 2024"
    sm["A1"].font = Font(bold=True)
    sm["A3"], sm["B3"] = "RAG", "Number of actions"
    for i, (k, n) in enumerate([("Complete", 4), ("Green", 3), ("Amber", 1), ("Red", 0),
                                ("Total", 8)], start=4):
        sm.cell(i, 1, k)
        sm.cell(i, 2, n)
    wb.save(out("lb1-hereward-college-ofsted-post-inspection-action-plan.xlsx"))


# =========================================================================== 3
def open_university():
    head = ["ID", "Theme", "Ofsted recommendation", "Action", "Action owner", "Target date",
            "Status", "Progress commentary"]
    qe = "Quality of education"
    lm = "Leadership and management"
    rec_a = ("Leaders should ensure that all apprentices receive timely, useful feedback on their "
             "written assignments so that they know how to improve their work.")
    rec_b = ("Leaders should ensure that practice tutors and employers work together to plan "
             "apprentices' on-the-job training so that it links closely to their off-the-job "
             "learning.")
    rec_c = ("Leaders should improve the oversight of apprentices who have gone past their planned "
             "end date so that they complete their apprenticeship swiftly.")
    rows = [
        ["A1", qe, rec_a,
         "Introduce a 15 working-day turnaround standard for marked assignments, monitored "
         "through the VLE gradebook.",
         "Director of Apprenticeships", "31/03/2024", "Complete",
         "Standard published Feb 2024; 91% of assignments returned within 15 days in Q1."],
        ["A2", qe, rec_a,
         "Run feedback calibration workshops for associate lecturers in each school, using "
         "exemplar scripts.",
         "Okafor, Grace", "October 2024", "On track",
         "Workshops held for FBL and STEM.\nWELS workshop scheduled 8 October."],
        ["B1", qe, rec_b,
         "Redesign the tripartite progress review template to include a joint plan for "
         "on-the-job activities agreed with the line manager.",
         "Head of Apprenticeship Quality", "Sept 2024 – Jan 2025", "On track",
         "New template piloted with 120 apprentices in September."],
        ["B2", qe, rec_b,
         "Provide employer guides for each standard setting out the on-the-job activities "
         "expected in each module.\nGuides to be shared at employer onboarding.",
         "Associate Dean (Apprenticeships) STEM; Associate Dean (Apprenticeships) FBL",
         "30/11/2024", "Amber", "Guides drafted for 4 of 7 standards."],
        ["C1", lm, rec_c,
         "Create a monthly 'past planned end date' report by programme and review it at the "
         "Apprenticeships Quality Board.",
         "Head of Apprenticeship Operations", "Monthly", "On track",
         "Report live from June; reviewed at July and September boards."],
        ["C2", lm, rec_c,
         "Agree individual completion plans with every apprentice more than 90 days past their "
         "planned end date.",
         "Programme Leads", "31/12/2024", "Not started", "Dependent on new report (C1)."],
        ["C3", lm, rec_c,
         "Review End-Point Assessment gateway processes with EPAOs to remove avoidable delays.",
         "Head of Apprenticeship Operations / EPA Manager", "Ongoing", "On track",
         "Quarterly meetings with the three main EPAOs in place."],
    ]
    with open(out("lb1-open-university-ofsted-apprenticeships-piap.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["The Open University – Apprenticeships Post-Inspection Action Plan"]
                   + [""] * 7)
        w.writerow(["Ofsted inspection 23–26 January 2024. Status at 30 September 2024"]
                   + [""] * 7)
        w.writerow([""] * 8)
        w.writerow(head)
        for row in rows:
            w.writerow(row)


# =========================================================================== 4
def dbth_refuse():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = ("Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust – CQC Must Do "
                "and Should Do Action Plan")
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Position at 31 October 2024 – Quality and Effectiveness Committee"
    hdr = ["Core service", "Must do", "Should do", "Blue (complete)", "Green", "Amber", "Red"]
    for c, h in enumerate(hdr, start=1):
        sm.cell(4, c, h).font = Font(bold=True)
    for i, row in enumerate([
        ("Urgent and emergency care", 2, 1, 2, 1, 0, 0),
        ("Medical care", 2, 1, 0, 1, 1, 1),
        ("Maternity", 1, 0, 1, 0, 0, 0),
        ("Surgery", 1, 1, 0, 1, 1, 0),
        ("Diagnostic imaging", 1, 0, 0, 1, 0, 0),
        ("Total", 7, 3, 3, 4, 2, 1),
    ], start=5):
        for c, v in enumerate(row, start=1):
            sm.cell(i, c, v)
    sm.column_dimensions["A"].width = 30

    def plan_sheet(title, heading, rows):
        ws = wb.create_sheet(title)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = ("Inspection: 22-24 August, 26-28 September and 2-4 October 2023; report "
                    "published 28 March 2024")
        hdr = ["Ref", "Core service", "Location", "Regulation", "CQC requirement", "Action",
               "Executive lead", "Responsible lead", "Due date", "Previous RAG", "Current RAG",
               "Evidence / update"]
        for c, h in enumerate(hdr, start=1):
            cell = ws.cell(4, c, h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = XL_FILL["head"]
        fills = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
        for r, row in enumerate(rows, start=5):
            for c, v in enumerate(row, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                if c == 9 and isinstance(v, datetime):
                    cell.number_format = "mmm-yy"
                if c in (10, 11) and v in fills:
                    cell.fill = XL_FILL[fills[v]]
        for col, w in zip("ABCDEFGHIJKL", (7, 22, 22, 9, 45, 45, 22, 24, 10, 9, 9, 35)):
            ws.column_dimensions[col].width = w

    d = datetime
    dri, bdgh, mont, ret = ("Doncaster Royal Infirmary", "Bassetlaw District General Hospital",
                            "Montagu Hospital", "Retford Hospital")
    plan_sheet("Must Do", "CQC Must Do Actions – Trust Improvement Plan", [
        ("MD01", "Urgent and emergency care", dri, "Reg 12",
         "The trust must ensure that patients attending the emergency department are triaged "
         "within 15 minutes of arrival.",
         "Introduce a streaming nurse at the front door 10:00–22:00 and monitor time to triage "
         "hourly via the ED dashboard.",
         "Chief Operating Officer", "Divisional Director – UEC", d(2024, 6, 30), "G", "B",
         "Median time to triage 12 minutes (September 2024)."),
        ("MD02", "Urgent and emergency care", bdgh, "Reg 12",
         "The trust must ensure that children in the emergency department are cared for in an "
         "area that is safe and separate from adults.",
         "Reconfigure the paediatric waiting area and install controlled access.",
         "Chief Operating Officer", "Head of Estates", d(2024, 9, 30), "A", "G",
         "Works complete; controlled access commissioning in November."),
        ("MD03", "Medical care", dri, "Reg 18",
         "The trust must ensure that staff complete mandatory training, including safeguarding "
         "level 3, in line with trust targets.",
         "Agree divisional training trajectories and send a weekly compliance report to matrons.",
         "Chief Nurse", "Head of Nursing – Medicine", d(2024, 8, 31), "A", "G",
         "Safeguarding level 3 compliance 86% against 90% target."),
        ("MD04", "Medical care", mont, "Reg 17",
         "The trust must ensure that risk registers are reviewed and updated in a timely way.",
         "Monthly risk review at divisional governance meetings; risks scoring 12 or above "
         "escalated to the Risk Management Board.",
         "Director of Corporate Affairs", "Divisional Governance Lead", "0ct-24", "A", "A",
         "82% of risks in date at end of September."),
        ("MD05", "Maternity", dri, "Reg 12",
         "The trust must ensure that the emergency call bell system on the labour ward is fully "
         "functional.",
         "Replace the call bell system on the labour ward and test weekly.",
         "Chief Nurse", "Director of Midwifery", d(2024, 5, 31), "R", "B",
         "New system installed 20 May 2024; weekly tests logged."),
        ("MD06", "Surgery", bdgh, "Reg 12",
         "The trust must ensure that venous thromboembolism risk assessments are completed within "
         "14 hours of admission.",
         "Make the VTE assessment a mandatory field on the electronic admission record and audit "
         "compliance monthly.",
         "Executive Medical Director", "Clinical Director – Surgery", d(2024, 12, 31), "A", "A",
         "Compliance 88% (target 95%)."),
        ("MD07", "Diagnostic imaging", ret, "Reg 12",
         "The trust must ensure that local rules are signed by all staff working in controlled "
         "areas.",
         "Radiation protection supervisors to complete a sign-off audit at every site.",
         "Chief Operating Officer", "Head of Radiology", d(2025, 3, 31), "G", "G",
         "Audit under way at three of four sites."),
    ])
    plan_sheet("Should Do", "CQC Should Do Actions – Trust Improvement Plan", [
        ("SD01", "Urgent and emergency care", dri, "Reg 17",
         "The trust should ensure that the emergency department's patient group directions are "
         "reviewed within their expiry dates.",
         "Pharmacy to hold a PGD expiry tracker and alert the department 3 months before expiry.",
         "Chief Pharmacist", "ED Matron", d(2024, 7, 31), "G", "B", "Tracker in use."),
        ("SD02", "Medical care", mont, "Reg 9",
         "The trust should ensure that patients' nutrition and hydration charts are fully "
         "completed.",
         "Introduce a red tray and red jug scheme and include charts in monthly ward "
         "accreditation audits.",
         "Chief Nurse", "Matron – Montagu", d(2024, 11, 30), "A", "R",
         "Audit compliance 71%; ward-level improvement plans requested."),
        ("SD03", "Surgery", bdgh, "Reg 17",
         "The trust should ensure that theatre staff complete the WHO surgical safety checklist "
         "for every patient.",
         "Observational audits of the WHO checklist by theatre leads, reported to the surgical "
         "governance meeting.",
         "Executive Medical Director", "Theatre Manager", d(2025, 1, 31), "G", "G",
         "10 observations per month since July."),
    ])
    wb.save(out("lb1-doncaster-bassetlaw-teaching-hospitals-cqc-must-should-do-action-plan-"
                "typo-month-refuse.xlsx"))


# =========================================================================== 5
def probus_surgery():
    T = "\t"
    lines = [
        "Probus Surgery – CQC Inspection Action Plan",
        "Inspection date: 11 June 2024" + T + "Report published: 2 August 2024" + T
        + "Overall rating: Requires improvement",
        "Key: R = overdue / off track, A = in progress, G = completed",
        "",
        T.join(["Ref", "Requirement", "Action", "Lead", "Target date", "RAG"]),
        "MUST DO – Regulation 12 Safe care and treatment",
        T.join(["1",
                "The provider must ensure that care and treatment is provided in a safe way, "
                "including the appropriate monitoring of patients prescribed high-risk medicines.",
                "Search the clinical system weekly for patients on DMARDs, lithium and warfarin "
                "without up-to-date blood monitoring, and recall overdue patients.",
                "Dr A Trewin (GP Partner) / Clinical Pharmacist", "31/08/2024", "G"]),
        T.join(["2", "",
                "Add monitoring alerts to repeat templates so prescriptions cannot be issued when "
                "monitoring is overdue.",
                "Clinical Pharmacist", "Sept 24", "G"]),
        T.join(["3", "",
                "Audit 20 patient records each month and report results to the clinical meeting.",
                "Dr Trewin & Dr Hosking", "Monthly", "A"]),
        "MUST DO – Regulation 17 Good governance",
        T.join(["4",
                "The provider must establish effective systems to assess, monitor and mitigate "
                "risks, including the management of safety alerts and staff training.",
                "Create a safety alerts log with a named clinician to record the action taken for "
                "each MHRA alert.",
                "Practice Manager", "31/07/2024", "G"]),
        T.join(["5", "",
                "Set up a training matrix for all staff and book overdue safeguarding and basic "
                "life support training.",
                "Practice Manager / Lead Nurse", "30/09/2024", "A"]),
        "SHOULD DO – Effective and Responsive",
        T.join(["6",
                "The provider should continue to improve the uptake of cervical screening.",
                "Offer Saturday morning smear clinics and send text reminders to non-responders.",
                "Lead Nurse", "Dec 2024", "A"]),
        T.join(["7",
                "The provider should take steps to improve patient satisfaction with telephone "
                "access.",
                "Move to cloud telephony with call-back and queue position; review results with "
                "the Patient Participation Group.",
                "Practice Manager", "March 2025", "R"]),
        "",
        "Action plan agreed by the partners on 20 August 2024. Next review: November 2024.",
    ]
    with open(out("lb1-probus-surgery-cqc-inspection-action-plan.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# =========================================================================== 6
def cygnet_bierley():
    doc = Document()
    h = doc.add_heading("Cygnet Hospital Bierley – CQC Inspection Action Plan", level=0)
    doc.add_paragraph("Inspection: 16–18 January 2024 | Report published: 3 May 2024")
    doc.add_paragraph("Core services inspected: Acute wards for adults of working age and "
                      "psychiatric intensive care units; Long stay or rehabilitation mental health "
                      "wards for working age adults.")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document owner", "Hospital Director"), ("Version", "3.0"),
                 ("Date", "28 June 2024"), ("Approved by", "Regional Operations Director"),
                 ("Review frequency", "Monthly at Clinical Governance meeting")]:
        cells = dc.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "D9D9D9")
        set_cell(cells[1], v)

    doc.add_heading("RAG rating key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for lab, meaning, fill in [("Blue", "Complete – evidence verified", "0070C0"),
                               ("Green", "On track", "00B050"),
                               ("Amber", "At risk of delay", "FFC000"),
                               ("Red", "Overdue / off track", "FF0000")]:
        cells = key.add_row().cells
        set_cell(cells[0], lab, bold=True)
        shade(cells[0], fill)
        set_cell(cells[1], meaning)

    doc.add_heading("Action plan", level=2)
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    header_row(t, ["No.", "CQC requirement", "Action", "Responsible", "Timescale",
                   "Progress / evidence", "RAG"], fill="BDD7EE")
    FILL = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}

    def section(text):
        cells = t.add_row().cells
        merged = cells[0].merge(cells[6])
        set_cell(merged, text, bold=True)
        shade(merged, "D9D9D9")

    def requirement(text, actions):
        first_row = len(t.rows)
        for no, act, who, when, prog, rag in actions:
            cells = t.add_row().cells
            set_cell(cells[0], no)
            set_cell(cells[2], act)
            set_cell(cells[3], who)
            set_cell(cells[4], when)
            set_cell(cells[5], prog)
            shade(cells[6], FILL[rag])
        top = t.rows[first_row].cells[1]
        set_cell(top, text)
        if len(actions) > 1:
            top.merge(t.rows[len(t.rows) - 1].cells[1])

    section("Acute wards for adults of working age and psychiatric intensive care units")
    requirement(
        "The provider must ensure that staff complete and record physical health observations "
        "after the administration of rapid tranquilisation in line with policy and NICE guidance. "
        "(Regulation 12)",
        [("MD1.1", "Re-launch the rapid tranquilisation policy at ward meetings and through a "
                   "7-minute briefing for all registered nurses.",
          "Clinical Manager", "29/02/2024", "Briefing delivered to 46 of 48 registered nurses.",
          "blue"),
         ("MD1.2", "Weekly audit of all rapid tranquilisation episodes by the ward manager:\n"
                   "a) observations recorded at the required intervals;\n"
                   "b) refusals documented with rationale.",
          "Ward Manager (Fern Ward) / Ward Manager (Heather Ward)", "Ongoing – weekly",
          "Audit compliance 88% in May, 93% in June.", "green")])
    requirement(
        "The provider must ensure that there are enough suitably qualified and experienced "
        "nursing staff on each shift. (Regulation 18)",
        [("MD2.1", "Complete recruitment to 6 registered nurse vacancies, including international "
                   "recruitment.",
          "Hospital Director", "Q2 2024/25", "4 RNs appointed; 2 awaiting NMC PIN.", "amber"),
         ("MD2.2", "Implement a daily staffing huddle to deploy staff across wards against acuity.",
          "Head of Care", "March 2024", "Huddle in place from 4 March; log kept.", "blue")])
    requirement(
        "The provider should ensure that patients’ care plans reflect their views and are "
        "personalised. (Regulation 9)",
        [("SD1.1", "Care plan audit tool updated to include a measure of patient voice; 10 care "
                   "plans audited per ward per month.",
          "Quality Lead", "April 2024", "Audit tool live; results to June governance.", "green")])
    section("Long stay or rehabilitation mental health wards for working age adults")
    requirement(
        "The provider must ensure that ligature risk assessments are up to date and that staff "
        "know how to mitigate the risks identified. (Regulation 12)",
        [("MD3.1", "Update ligature risk assessments and heat maps for all rehabilitation wards and "
                   "brief staff at handover.",
          "Health and Safety Lead / Ward Managers", "31/03/2024",
          "Assessments signed off 27 March.", "blue")])
    requirement(
        "The provider should ensure that patients have access to meaningful activities at "
        "weekends.",
        [("SD2.1", "Recruit two weekend activity coordinators and publish a weekend activity "
                   "timetable on each ward.",
          "Lead Occupational Therapist", "June 2024",
          "One coordinator started 1 June; second post re-advertised.", "red"),
         ("SD2.2", "Seek feedback on weekend activities through the monthly community meeting.",
          "Lead Occupational Therapist", "Monthly", "Feedback recorded in May and June minutes.",
          "green")])

    doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    header_row(so, ["Role", "Name", "Date"], fill="D9D9D9")
    for row in [("Hospital Director", "", "28/06/2024"),
                ("Regional Operations Director", "", "01/07/2024")]:
        cells = so.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    doc.save(out("lb1-cygnet-hospital-bierley-cqc-mental-health-must-should-do-action-plan.docx"))


# =========================================================================== 7
def gmc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = ("General Medical Council: action plan in response to the PSA performance review "
                "2023/24")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reporting to: Audit and Risk Committee, 11 March 2025"
    hdr = ["Ref", "PSA finding", "Action", "Directorate", "Action owner", "Start", "End",
           "Q3 RAG", "Q4 RAG", "Q4 update"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = XL_FILL["head"]
        cell.alignment = WRAP
    d = datetime
    blocks = [
        ("Standard 3: Equality, diversity and inclusion",
         "The GMC should be able to demonstrate how its EDI data is being used to identify and "
         "address disproportionate outcomes in its regulatory processes.",
         [("1", "Publish an annual EDI data report covering registration, revalidation and fitness "
                "to practise outcomes by protected characteristic.",
           "Strategy and Policy", "Head of Equality, Diversity and Inclusion",
           d(2024, 4, 1), d(2024, 12, 1), "G", "B", "Report published 10 December 2024."),
          ("2", "Extend the fair to refer programme to a further ten designated bodies and evaluate "
                "referral rates.",
           "Fitness to Practise", "Director of Fitness to Practise",
           d(2024, 7, 1), d(2025, 3, 1), "G", "G", "Nine designated bodies signed up; evaluation "
                                                   "framework agreed.")]),
        ("Standard 15: Fitness to practise – timeliness",
         "The GMC should reduce the time taken to progress cases from receipt to final decision, "
         "particularly older cases and those involving health concerns.",
         [("3", "Establish a dedicated team to progress cases that are more than 104 weeks old.",
           "Fitness to Practise", "Assistant Director, Investigations",
           d(2024, 5, 1), d(2024, 9, 1), "A", "B",
           "Team in place; cases over 104 weeks down from 61 to 23."),
          ("4", "Introduce fortnightly case progression reviews for all cases involving health "
                "assessments.",
           "Fitness to Practise", "Head of Case Progression",
           d(2024, 10, 1), "Q1 2025/26", "G", "A",
           "Reviews running; recruitment of two case progression managers delayed."),
          ("5", "Agree revised information-sharing timescales with the Medical Practitioners "
                "Tribunal Service.",
           "Fitness to Practise", "Director of Fitness to Practise / MPTS Director of Operations",
           d(2025, 1, 1), "TBC", None, "A",
           "Initial meeting held; end date to be set once MPTS caseload review reports.")]),
        ("Registration: physician associates and anaesthesia associates",
         "The GMC should ensure that its processes for registering physician associates and "
         "anaesthesia associates are robust and are kept under review as registration becomes "
         "mandatory.",
         [("6", "Carry out a post-implementation review of PA and AA registration processes, "
                "including a sample audit of 100 decisions.",
           "Registration and Revalidation", "Assistant Director, Registration",
           d(2025, 1, 1), d(2025, 6, 1), None, "G", "Sample selected; audit fieldwork in April."),
          ("7", "Publish guidance for employers on the transition period to mandatory registration "
                "in December 2026.",
           "Registration and Revalidation", "Head of Registration Policy; Head of Communications",
           d(2025, 3, 1), d(2025, 9, 1), None, None, "")]),
    ]
    fills = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 5
    for theme, finding, acts in blocks:
        ws.cell(r, 1, theme).font = Font(bold=True)
        for c in range(1, 11):
            ws.cell(r, c).fill = XL_FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        first = r
        ws.cell(r, 2, finding).alignment = WRAP
        for ref, act, dirn, owner, start, end, q3, q4, upd in acts:
            ws.cell(r, 1, ref)
            ws.cell(r, 3, act).alignment = WRAP
            ws.cell(r, 4, dirn).alignment = WRAP
            ws.cell(r, 5, owner).alignment = WRAP
            for col, val in ((6, start), (7, end)):
                cell = ws.cell(r, col, val)
                if isinstance(val, datetime):
                    cell.number_format = "mmm-yy"
            for col, val in ((8, q3), (9, q4)):
                if val:
                    cell = ws.cell(r, col, val)
                    cell.fill = XL_FILL[fills[val]]
                    cell.alignment = Alignment(horizontal="center", vertical="top")
            if upd:
                ws.cell(r, 10, upd).alignment = WRAP
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes:").font = Font(bold=True)
    ws.cell(r + 1, 1, "1. RAG: B = complete, G = on track, A = at risk, R = off track. Blank = not "
                      "yet started.")
    ws.cell(r + 2, 1, "2. Q3 RAG as reported to the Committee in December 2024; Q4 RAG is the "
                      "current position.")
    for col, w in zip("ABCDEFGHIJ", (6, 40, 48, 22, 30, 9, 11, 8, 8, 40)):
        ws.column_dimensions[col].width = w

    vc = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Author", "Comment"),
                             ("0.1", "14/10/2024", "Corporate Planning", "First draft"),
                             ("1.0", "03/12/2024", "Corporate Planning", "Q3 update for ARC"),
                             ("1.1", "25/02/2025", "Corporate Planning", "Q4 update for ARC")],
                            start=1):
        for c, v in enumerate(row, start=1):
            vc.cell(i, c, v)
    wb.save(out("lb1-general-medical-council-psa-performance-review-action-plan.xlsx"))


if __name__ == "__main__":
    brannel_school()
    hereward_college()
    open_university()
    dbth_refuse()
    probus_surgery()
    cygnet_bierley()
    gmc()
    print("done")
