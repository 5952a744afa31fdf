"""Build the seven hr1- data files of set heldout260.

Run with /work/main/.venv/bin/python (python-docx, openpyxl).
Each builder writes one file next to this script. The data for each file is kept in
module-level lists so the expected readings can be checked against it.
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

FILL_HEX = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}


def D(y, m, d):
    return dt.datetime(y, m, d)


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


def set_cell(cell, text, bold=False, size=None):
    """Write text into a cell; '\n' in text starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 1. St Thomas More Catholic School, Blaydon - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
STM_FILE = "hr1-st-thomas-more-catholic-school-blaydon-post-ofsted-action-plan.docx"
STM_TITLE = "St Thomas More Catholic School, Blaydon – Post-Ofsted Action Plan 2024–25"
STM_RAG_FILL = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
STM = [
    {
        "heading": "Priority 1: Curriculum implementation at key stage 3",
        "afi": "In some subjects, the curriculum is not implemented consistently well. Teachers do not "
               "routinely check what pupils have learned before moving on. Leaders should ensure that "
               "teachers have the expertise to use assessment effectively so that gaps in pupils’ "
               "knowledge are identified and addressed.",
        "rows": [
            ("1.1", "Deliver a programme of CPD on responsive teaching and ‘hinge questions’ for all teaching "
                    "staff through weekly 30-minute professional learning sessions.",
             "Deputy Headteacher (Teaching & Learning)", "Summer term 2024",
             "Learning walks in July 2024 show hinge questions used in most KS3 lessons observed.",
             "LGB Standards Committee – half-termly", "B"),
            ("1.2", "Heads of department to review KS3 schemes of learning in English, history and geography "
                    "to identify the essential knowledge pupils must retain.\nPublish revised knowledge "
                    "organisers for each unit on the school website.",
             "DHT (T&L) / Heads of Department", "Autumn term 2024",
             "Revised schemes of learning in place for all three subjects; pupil voice shows pupils can "
             "recall key knowledge.",
             "SLT line management meetings", "G"),
            ("1.3", "Introduce termly low-stakes assessment points in all KS3 subjects and analyse the results "
                    "by pupil group at department meetings.",
             "AHT Data and Assessment", "Spring term 2025",
             "Assessment data used to plan re-teaching; gaps between groups narrowing.",
             "LGB Standards Committee – termly", "A"),
        ],
    },
    {
        "heading": "Priority 2: Pupils with special educational needs and/or disabilities (SEND)",
        "afi": "Leaders do not ensure that the information about pupils with SEND is used well by all staff. "
               "As a result, some pupils with SEND do not receive the support they need to access the "
               "curriculum. Leaders should make sure that staff adapt their teaching effectively for these "
               "pupils.",
        "rows": [
            ("2.1", "Rewrite pupil passports for all pupils on the SEND register with pupil and parent voice, "
                    "and make them available to all staff through the MIS.",
             "SENDCo", "By October half-term 2024",
             "100% of pupils on the SEND register have an up-to-date passport.",
             "SEND link governor", "B"),
            ("2.2", "Deliver adaptive teaching training for all staff, followed by learning walks focused on "
                    "pupils with SEND.",
             "SENDCo; Assistant Headteacher (Inclusion)", "Autumn term 2024 – Summer term 2025",
             "Learning walks show strategies from passports used in lessons.",
             "SEND link governor", "G"),
            ("2.3", "Commission an external SEND review from the Trust’s SEND lead and act on its findings.",
             "Headteacher", "Spring term 2025",
             "Review completed and recommendations added to this plan.",
             "Full LGB", "R"),
        ],
    },
    {
        "heading": "Priority 3: Attendance and persistent absence",
        "afi": "Too many pupils, including disadvantaged pupils, are persistently absent. Leaders should "
               "continue to refine their work with families so that pupils attend school regularly and "
               "benefit from the education on offer.",
        "rows": [
            ("3.1", "Appoint a full-time Attendance and Family Liaison Officer and introduce first-day "
                    "calling for every absence.",
             "Business Manager / AHT Behaviour & Attendance", "September 2024",
             "Officer in post; first-day calls logged for every unexplained absence.",
             "Headteacher’s report to LGB", "B"),
            ("3.2", "Hold fortnightly attendance panels with Heads of Year, using Early Help referrals where "
                    "absence is linked to family circumstances.",
             "AHT Behaviour & Attendance\nHeads of Year", "Ongoing – reviewed half-termly",
             "Persistent absence below the national average by July 2025.",
             "Attendance link governor", "G"),
        ],
    },
]


def build_stm():
    doc = Document()
    doc.add_heading(STM_TITLE, level=0)
    doc.add_paragraph("Inspection dates: 16–17 January 2024     Overall effectiveness: Requires improvement")
    doc.add_paragraph(
        "This plan responds to ‘What does the school need to do to improve?’ in the inspection report "
        "published on 4 March 2024. Progress is reported to the Standards and Curriculum Committee of the "
        "Local Governing Body (LGB) every half-term. RAG ratings below are as at the spring term 2025 review."
    )
    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Change"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "22/03/2024", "Headteacher", "First version agreed by LGB"),
                ("1.2", "08/10/2024", "Deputy Headteacher", "Autumn term review"),
                ("1.3", "14/01/2025", "Deputy Headteacher", "Spring term review – RAG updated")]:
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    headers = ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria", "Monitored by", "RAG"]
    for pr in STM:
        doc.add_heading(pr["heading"], level=1)
        p = doc.add_paragraph()
        p.add_run("What the school needs to do to improve:").bold = True
        doc.add_paragraph(pr["afi"], style="Quote")
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, headers):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for r in pr["rows"]:
            cells = t.add_row().cells
            for c, v in zip(cells, r):
                set_cell(c, v)
            shade(cells[6], STM_RAG_FILL[r[6]])
            cells[6].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph("")

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for letter, meaning in [("B", "Complete – impact seen"), ("G", "On track"),
                            ("A", "Some slippage – action being taken"),
                            ("R", "Off track – escalated to the LGB")]:
        cells = key.add_row().cells
        set_cell(cells[0], letter, bold=True)
        shade(cells[0], STM_RAG_FILL[letter])
        set_cell(cells[1], meaning)
    doc.add_paragraph("")
    doc.add_paragraph("Next review: Standards and Curriculum Committee, 3 February 2025.")
    doc.save(os.path.join(HERE, STM_FILE))


# ---------------------------------------------------------------------------
# 2. Stockton Riverside College - Ofsted post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
SRC_FILE = "hr1-stockton-riverside-college-ofsted-post-inspection-action-plan.xlsx"
SRC_TITLE = "Stockton Riverside College – Post-Inspection Action Plan"
SRC = [
    ("theme", "Theme 1: Quality of education – education programmes for young people"),
    ("afi", "1", "Leaders and teachers should ensure that learners on study programmes receive useful feedback "
                 "that helps them to improve the quality of their work over time.", [
        ("1.1", "Introduce a college-wide feedback policy with a common ‘www/ebi’ structure and a minimum "
                "feedback frequency for all study programme assignments.",
         "Assistant Principal – Teaching, Learning & Assessment", D(2024, 3, 31), None,
         "Policy approved by SLT 12/03/2024 and launched at staff development day.", "blue"),
        ("1.2", "Quality team to sample marked work each half-term in every curriculum area and report "
                "findings to Heads of School.",
         "Quality Manager", D(2024, 7, 31), D(2024, 12, 31),
         "Sampling now embedded; autumn report shows 86% of work with developmental feedback.", "blue"),
        ("1.3", "Develop learner progress reviews in ProMonitor so that targets reference feedback on "
                "assessed work.",
         "Head of School – Engineering; Head of School – Health & Care", D(2024, 4, 30), D(2025, 4, 30),
         "Pilot in two schools; roll-out delayed by ProMonitor upgrade.", "amber"),
    ]),
    ("theme", "Theme 2: Apprenticeships"),
    ("afi", "2", "Leaders should make sure that apprentices’ off-the-job training is planned and coordinated "
                 "with employers so that apprentices can apply new knowledge at work.", [
        ("2.1", "Redesign the apprenticeship onboarding process so that a three-way training plan is agreed "
                "with every employer before the start date.",
         "Director of Apprenticeships", "May 2024", None,
         "New onboarding in use for all starts since June 2024.", "blue"),
        ("2.2", "Hold quarterly employer progress reviews that map the off-the-job training schedule to "
                "workplace tasks.",
         "Apprenticeship Operations Manager / Work-based Assessors", D(2024, 8, 31), D(2025, 3, 31),
         "78% of reviews held with employer present in Q2.", "green"),
    ]),
    ("afi", "3", "Leaders should ensure that apprentices who need to achieve English and mathematics "
                 "qualifications are well prepared and take their examinations promptly.", [
        ("3.1", "Complete initial assessment for English and maths within the first four weeks of the "
                "programme and record the results on the ILP.",
         "Head of English & Maths", D(2024, 2, 29), None,
         "Completed for all current apprentices.", "blue"),
        ("3.2", "Schedule functional skills exam windows each month and track apprentices who are more than "
                "eight weeks past their planned exam date.",
         "Head of English & Maths; Apprenticeship Operations Manager", D(2024, 7, 31), D(2025, 5, 31),
         "31 apprentices still past planned exam date; escalated to SLT.", "red"),
    ]),
    ("theme", "Theme 3: Leadership and management"),
    ("afi", "4", "Governors should receive more detailed information about the quality of apprenticeships so "
                 "that they can hold leaders to account effectively.", [
        ("4.1", "Add an apprenticeship quality dashboard to every Quality & Standards Committee meeting, "
                "including achievement, timeliness and breaks-in-learning data.",
         "Deputy Principal – Quality", D(2024, 3, 31), None,
         "Dashboard presented at each meeting since March 2024.", "blue"),
        ("4.2", "Link governor for apprenticeships to complete two learning walks per term with the "
                "apprenticeship team and report back to the Committee.",
         "Clerk to the Corporation", "Termly", None,
         "Two walks completed in the autumn term.", "green"),
    ]),
]


def build_src():
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    # Cover
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = SRC_TITLE
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "Part of Education Training Collective (etc.)"
    cv["A4"] = "Ofsted inspection:"
    cv["B4"] = "7–10 November 2023 (report published 20 December 2023)"
    cv["A5"] = "Overall effectiveness:"
    cv["B5"] = "Requires improvement"
    cv["A6"] = "Plan owner:"
    cv["B6"] = "Deputy Principal – Quality"
    cv["A7"] = "Monitored by:"
    cv["B7"] = "Corporation Quality & Standards Committee"
    cv["A9"] = "Version control"
    cv["A9"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Approved by"], start=1):
        c = cv.cell(row=10, column=j, value=h)
        c.font = Font(bold=True)
        c.border = border
    for i, row in enumerate([("v1.0", D(2024, 1, 26), "Deputy Principal – Quality", "Quality & Standards Committee"),
                             ("v2.1", D(2024, 11, 19), "Quality Manager", "SLT"),
                             ("v2.2", D(2025, 2, 28), "Quality Manager", "Quality & Standards Committee")],
                            start=11):
        for j, v in enumerate(row, start=1):
            c = cv.cell(row=i, column=j, value=v)
            c.border = border
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cv["A15"] = "RAG key"
    cv["A15"].font = Font(bold=True)
    for i, (col, meaning) in enumerate([("blue", "Complete – impact evidenced"), ("green", "On track"),
                                        ("amber", "Some slippage – recoverable"),
                                        ("red", "Off track – requires intervention")], start=16):
        cv.cell(row=i, column=1).fill = PatternFill("solid", fgColor=FILL_HEX[col])
        cv.cell(row=i, column=2, value=meaning)
    cv.column_dimensions["A"].width = 24
    cv.column_dimensions["B"].width = 55
    cv.column_dimensions["C"].width = 28
    cv.column_dimensions["D"].width = 32

    # Summary
    sm = wb.create_sheet("Summary")
    sm["A1"] = "PIAP summary – progress at 28 February 2025"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A3"], sm["B3"] = "RAG", "Number of actions"
    sm["A3"].font = sm["B3"].font = Font(bold=True)
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0}
    for item in SRC:
        if item[0] == "afi":
            for a in item[3]:
                counts[a[6]] += 1
    for i, (label, col) in enumerate([("Complete", "blue"), ("On track", "green"),
                                      ("Some slippage", "amber"), ("Off track", "red")], start=4):
        sm.cell(row=i, column=1, value=label).fill = PatternFill("solid", fgColor=FILL_HEX[col])
        sm.cell(row=i, column=2, value=counts[col])
    sm["A8"] = "Total"
    sm["A8"].font = Font(bold=True)
    sm["B8"] = "=SUM(B4:B7)"
    sm.column_dimensions["A"].width = 20
    sm.column_dimensions["B"].width = 20

    # PIAP
    ws = wb.create_sheet("PIAP")
    ws["A1"] = SRC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress at 28 February 2025"
    ws["A2"].font = Font(italic=True)
    headers = ["AfI", "Area for improvement (Ofsted, November 2023)", "Ref", "Action", "Lead",
               "Original target date", "Revised target date", "Progress update (February 2025)", "RAG"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = wrap
        c.border = border
    r = 5
    for item in SRC:
        if item[0] == "theme":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            for j in range(1, 10):
                ws.cell(row=r, column=j).fill = PatternFill("solid", fgColor="D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, num, afi, actions = item
        first = r
        for a in actions:
            ref, text, lead, orig, rev, upd, rag = a
            vals = [None, None, ref, text, lead, orig, rev, upd, None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = wrap
                c.border = border
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9).fill = PatternFill("solid", fgColor=FILL_HEX[rag])
            r += 1
        ws.cell(row=first, column=1, value=num)
        ws.cell(row=first, column=2, value=afi)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=1).alignment = wrap
        ws.cell(row=first, column=2).alignment = wrap
    r += 1
    ws.cell(row=r, column=1, value="Notes: RAG ratings agreed at the PIAP monitoring meeting on 24/02/2025. "
                                   "Revised target dates approved by the Quality & Standards Committee.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [6, 42, 6, 50, 30, 14, 14, 40, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, SRC_FILE))


# ---------------------------------------------------------------------------
# 3. Cranfield University - apprenticeships post-inspection action plan (csv)
# ---------------------------------------------------------------------------
CRAN_FILE = "hr1-cranfield-university-ofsted-apprenticeships-piap.csv"
CRAN_TITLE = "Cranfield University – Apprenticeships Post-Inspection Action Plan"
CRAN_RECS = {
    "1": "Leaders should ensure that apprentices’ starting points are assessed thoroughly, so that tutors can "
         "plan training that builds on what apprentices already know.",
    "2": "Leaders should ensure that apprentices receive timely and comprehensive careers advice and guidance "
         "about their next steps.",
    "3": "Leaders and managers should improve the quality of progress reviews so that employers contribute to "
         "setting and reviewing apprentices’ targets.",
}
CRAN = [
    ("1", "1.1", "Replace the skills scan with a standard-specific initial assessment that includes a "
                 "professional discussion with each apprentice.",
     "Head of Apprenticeships", "31/08/2024", "Complete",
     "New initial assessment used for all September 2024 starts."),
    ("1", "1.2", "Use initial assessment outcomes to adjust individual training plans and record prior "
                 "learning reductions to duration and price.",
     "Programme Directors; Apprenticeship Compliance Manager", "31/10/2024", "Complete",
     "Reductions recorded on all new ILRs."),
    ("1", "1.3", "Audit a 20% sample of training plans each term to confirm that planned training reflects "
                 "starting points.",
     "Quality Enhancement Manager", "Ongoing (termly audit)", "On track",
     "Autumn audit completed: 41 plans sampled, 3 returned for amendment."),
    ("2", "2.1", "Commission the Careers Service to deliver a careers session in the final six months of every "
                 "programme.\nRecord the session in the apprentice’s e-portfolio.",
     "Head of Careers and Employability", "Mar-25", "On track",
     "Sessions booked for all cohorts due to complete before July 2025."),
    ("2", "2.2", "Add a next-steps discussion to the gateway checklist for all MBA and MSc apprenticeship "
                 "standards.",
     "Programme Directors", "End of April 2025", "At risk",
     "Checklist change awaiting approval by Education Committee."),
    ("3", "3.1", "Move progress reviews to a three-way format (apprentice, employer, tutor) at least every 12 "
                 "weeks.",
     "Apprenticeship Coaches", "30/11/2024", "Complete",
     "All reviews now scheduled as three-way meetings."),
    ("3", "3.2", "Introduce an employer guide and short briefing video explaining the employer’s role in "
                 "reviews and target setting.",
     "Business Development Manager / Head of Apprenticeships", "31/01/2025", "On track",
     "Guide drafted; video filming 20/01/2025."),
    ("3", "3.3", "Report the proportion of reviews completed on time, with employer attendance, to the "
                 "Apprenticeship Steering Group.",
     "Apprenticeship Compliance Manager", "Monthly", "On track",
     "December: 88% on time, 81% with employer attendance."),
]


def build_cran():
    path = os.path.join(HERE, CRAN_FILE)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow([CRAN_TITLE])
        w.writerow(["Ofsted inspection 21–24 May 2024 (further education and skills: apprenticeships) – "
                    "report published 4 July 2024"])
        w.writerow(["Plan owner: Director of Education Services | Last updated: 17/01/2025"])
        w.writerow([])
        w.writerow(["Ref", "What the provider needs to do to improve", "Action", "Owner(s)", "Target date",
                    "Status", "Update (January 2025)"])
        seen = set()
        for rec, ref, action, owner, target, status, update in CRAN:
            rec_text = CRAN_RECS[rec] if rec not in seen else ""
            seen.add(rec)
            w.writerow([ref, rec_text, action, owner, target, status, update])
        w.writerow([])
        w.writerow(["Status key: Complete = blue; On track = green; At risk = amber; Off track = red"])
        w.writerow(["Totals: 8 actions – Complete 3; On track 4; At risk 1; Off track 0"])


# ---------------------------------------------------------------------------
# 4. Royal Orthopaedic Hospital NHSFT - CQC must do / should do action plan (xlsx)
# ---------------------------------------------------------------------------
ROH_FILE = "hr1-royal-orthopaedic-hospital-nhsft-cqc-must-should-do-action-plan.xlsx"
ROH_TITLE = "The Royal Orthopaedic Hospital NHS Foundation Trust – CQC Must Do and Should Do Action Plan"
ROH_RAG_FILL = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
ROH = [
    ("section", "Section A – Must Do (regulatory breaches)"),
    ("req", "Surgery", "The trust must ensure that staff complete the World Health Organization (WHO) surgical "
                       "safety checklist fully for every patient.", "Reg 12", [
        ("MD1.1", "Relaunch the WHO checklist with team brief and debrief in all theatres, supported by theatre "
                  "safety champions.", "Head of Nursing – Theatres", D(2023, 10, 31), None,
         "Relaunch completed 16/10/2023; champions in every theatre.", "G", "B"),
        ("MD1.2", "Monthly observational audit of WHO checklist compliance (10 cases per theatre), with results "
                  "reported to Theatre Governance.", "Theatre Manager / Clinical Director – Surgery",
         D(2023, 12, 31), D(2024, 3, 31), "December audit 91% fully compliant; sustained compliance needed for "
                                          "three months before closure.", "A", "G"),
    ]),
    ("req", "Surgery", "The trust must ensure that staff complete mandatory training, including safeguarding "
                       "level 3, in line with trust targets.", "Reg 18", [
        ("MD2.1", "Agree divisional training trajectories for each ward and theatre team, with protected time "
                  "for e-learning.", "Divisional Director of Operations", D(2023, 11, 30), D(2024, 2, 29),
         "Trajectories agreed; compliance 84% against 90% target.", "R", "A"),
        ("MD2.2", "Deliver additional face-to-face safeguarding level 3 sessions (two per month) until "
                  "compliance reaches 90%.", "Named Nurse Safeguarding Adults", D(2024, 3, 31), None,
         "Sessions running; 88% compliant.", "G", "G"),
    ]),
    ("req", "Outpatients", "The trust must ensure that it has effective systems to monitor and reduce the "
                           "outpatient follow-up backlog.", "Reg 17", [
        ("MD3.1", "Validate all patients on the follow-up waiting list who are more than six weeks past their "
                  "due date and record clinical harm reviews.", "Deputy Chief Operating Officer",
         D(2024, 1, 31), "April 2024", "Validation 62% complete; additional validators from February.",
         "A", "R"),
    ]),
    ("section", "Section B – Should Do"),
    ("req", "Surgery", "The trust should ensure that medicines fridge temperatures are recorded daily and "
                       "action taken when they are out of range.", "Reg 12", [
        ("SD1.1", "Install remote temperature monitoring on all ward and theatre medicines fridges.",
         "Chief Pharmacist", D(2023, 12, 31), None, "Installed and live 11/12/2023.", "G", "B"),
    ]),
    ("req", "Outpatients", "The trust should ensure that patient confidentiality is maintained at outpatient "
                           "reception desks.", "Reg 10", [
        ("SD2.1", "Reconfigure the main outpatient reception and create a private conversation space.",
         "Head of Estates; Outpatient Services Manager", D(2024, 3, 31), None,
         "Works scheduled for March 2024.", "G", "G"),
    ]),
    ("req", "Outpatients", "The trust should consider how it can improve the availability of interpreters for "
                           "patients attending outpatient clinics.", "Reg 9", [
        ("SD3.1", "Extend the telephone and video interpreting contract to cover all outpatient clinics, "
                  "including Saturday lists.", "Head of Patient Experience", D(2024, 2, 29), None,
         "Contract variation with procurement.", "G", "A"),
        ("SD3.2", "Add an interpreter requirement flag to the referral and booking process so that interpreters "
                  "are booked in advance.", "Outpatient Services Manager", "TBC – dependent on PAS upgrade",
         None, "Change request raised with IT.", "A", "A"),
    ]),
]


def build_roh():
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = ROH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "CQC inspection of Surgery and Outpatients – report published 14 September 2023"
    ws["A3"] = "Reporting to: Quality & Safety Committee | Position as at 31 January 2024 | Plan owner: Chief Nurse"
    headers = ["Ref", "Core service", "CQC requirement", "Regulation", "Action", "Lead", "Target date",
               "Revised date", "Evidence / progress", "Previous RAG (Dec-23)", "Current RAG (Jan-24)"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005EB8")
        c.alignment = wrap
        c.border = border
    r = 6
    for item in ROH:
        if item[0] == "section":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True, size=12)
            for j in range(1, 12):
                ws.cell(row=r, column=j).fill = PatternFill("solid", fgColor="E8EDEE")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
            r += 1
            continue
        _, service, req, reg, actions = item
        first = r
        for a in actions:
            ref, text, lead, target, rev, prog, prev, cur = a
            vals = [ref, None, None, None, text, lead, target, rev, prog, prev, cur]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = wrap
                c.border = border
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for j, v in ((10, prev), (11, cur)):
                c = ws.cell(row=r, column=j)
                c.fill = PatternFill("solid", fgColor=ROH_RAG_FILL[v])
                c.alignment = Alignment(horizontal="center", vertical="top")
                c.font = Font(bold=True, color="FFFFFF" if v in ("B", "R") else "000000")
            r += 1
        ws.cell(row=first, column=2, value=service)
        ws.cell(row=first, column=3, value=req)
        ws.cell(row=first, column=4, value=reg)
        for j in (2, 3, 4):
            ws.cell(row=first, column=j).alignment = wrap
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
    for col, w in zip("ABCDEFGHIJK", [8, 12, 40, 10, 48, 30, 12, 12, 40, 11, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG position – 31 January 2024"
    sm["A1"].font = Font(bold=True, size=13)
    cols = ["", "Must Do", "Should Do", "Total"]
    for j, h in enumerate(cols, start=1):
        sm.cell(row=3, column=j, value=h).font = Font(bold=True)
    tally = {k: [0, 0] for k in "BGAR"}
    section = 0
    for item in ROH:
        if item[0] == "section":
            section = 0 if "Must" in item[1] else 1
            continue
        for a in item[4]:
            tally[a[7]][section] += 1
    labels = {"B": "Blue – complete", "G": "Green – on track", "A": "Amber – at risk", "R": "Red – overdue"}
    for i, k in enumerate("BGAR", start=4):
        sm.cell(row=i, column=1, value=labels[k]).fill = PatternFill("solid", fgColor=ROH_RAG_FILL[k])
        sm.cell(row=i, column=2, value=tally[k][0])
        sm.cell(row=i, column=3, value=tally[k][1])
        sm.cell(row=i, column=4, value=f"=B{i}+C{i}")
    sm["A8"] = "Total actions"
    sm["A8"].font = Font(bold=True)
    sm["B8"], sm["C8"], sm["D8"] = "=SUM(B4:B7)", "=SUM(C4:C7)", "=SUM(D4:D7)"
    sm.column_dimensions["A"].width = 22

    ky = wb.create_sheet("Key")
    ky["A1"] = "RAG key"
    ky["A1"].font = Font(bold=True)
    for i, (k, text) in enumerate([
            ("B", "Complete – evidence reviewed and action closed by the Quality & Safety Committee"),
            ("G", "On track to deliver by the target date"),
            ("A", "At risk of not delivering by the target date"),
            ("R", "Target date passed / not delivered")], start=2):
        ky.cell(row=i, column=1, value=k).fill = PatternFill("solid", fgColor=ROH_RAG_FILL[k])
        ky.cell(row=i, column=2, value=text)
    ky.column_dimensions["B"].width = 80
    wb.save(os.path.join(HERE, ROH_FILE))


# ---------------------------------------------------------------------------
# 5. Brook Lane Surgery - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
BLS_FILE = "hr1-brook-lane-surgery-cqc-inspection-action-plan.docx"
BLS_TITLE = "Brook Lane Surgery – Action plan following CQC inspection"
BLS_REG = [
    ("Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment",
     "Care and treatment must be provided in a safe way for service users.", [
         ("Run monthly searches for patients prescribed high-risk medicines (methotrexate, lithium, DOACs) and "
          "recall any patient without up-to-date monitoring.",
          "Dr A Khan (Prescribing Lead) / Clinical Pharmacist", "w/c 06/01/2025",
          "Complete – first search run 07/01/2025, 23 patients recalled"),
         ("Review all outstanding MHRA and patient safety alerts and set up a log showing the action taken for "
          "each alert.", "Practice Manager and Clinical Pharmacist", "31/01/2025", "Complete"),
         ("Complete the fire risk assessment actions, including replacement of the fire door to the treatment "
          "room.", "Practice Manager", "End of February 2025",
          "Delayed – contractor booked for 18/03/2025"),
     ]),
    ("Regulation 17 HSCA (RA) Regulations 2014: Good governance",
     "Systems or processes must be established and operated effectively to ensure compliance with the "
     "requirements of the fundamental standards.", [
         ("Introduce a governance calendar covering policy reviews, significant event meetings, clinical audits "
          "and staff appraisals.", "Practice Manager", "31/01/2025", "Complete"),
         ("Hold a quarterly significant event review with all clinical staff and share the learning at the "
          "whole-practice meeting.", "Dr S Patel (Lead GP) & Nurse Manager", "Quarterly", "On track"),
         ("Audit staff training records and book all outstanding safeguarding, infection control and basic life "
          "support training.", "Practice Manager", "March 2025", "On track – 4 staff still to complete"),
     ]),
]
BLS_SHOULD_HEAD = "Areas where the practice should improve"
BLS_SHOULD = [
    ("Continue to take action to improve the uptake of cervical screening.",
     "Offer Saturday morning cervical screening clinics through the PCN enhanced access service and send text "
     "reminders to eligible patients.", "Nurse Manager", "June 2025", "Not started"),
    ("Improve patient satisfaction with access to the practice by telephone.",
     "Move to a cloud-based telephone system with call-back and queue position messages.",
     "Practice Manager", "30/04/2025", "On track"),
]


def build_bls():
    doc = Document()
    doc.add_heading(BLS_TITLE, level=0)
    doc.add_paragraph("Inspection: 9 October 2024     Report published: 29 November 2024     "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("This action plan was agreed at the partners’ meeting on 12 December 2024 and is reviewed "
                      "monthly at the practice clinical governance meeting. Last updated 21 February 2025.")
    doc.add_paragraph("Status key: Complete (blue) – On track (green) – Delayed (amber) – Not started")
    doc.add_heading("Requirement notices", level=1)
    for reg, req, rows in BLS_REG:
        t = doc.add_table(rows=3, cols=4)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[3])
        set_cell(top, reg, bold=True)
        shade(top, "BDD7EE")
        second = t.rows[1].cells[0].merge(t.rows[1].cells[3])
        set_cell(second, req)
        for c, h in zip(t.rows[2].cells, ["Action", "Lead", "By when", "Status / update"]):
            set_cell(c, h, bold=True)
            shade(c, "F2F2F2")
        for row in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                set_cell(c, v)
        doc.add_paragraph("")
    doc.add_heading("Other improvements", level=1)
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    top = t.rows[0].cells[0].merge(t.rows[0].cells[4])
    set_cell(top, BLS_SHOULD_HEAD, bold=True)
    shade(top, "BDD7EE")
    for c, h in zip(t.rows[1].cells, ["The practice should", "Action", "Lead", "By when", "Status / update"]):
        set_cell(c, h, bold=True)
        shade(c, "F2F2F2")
    for row in BLS_SHOULD:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph("")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, v in zip(s.rows[0].cells, ["Signed", "Role", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(s.rows[1].cells, ["Dr S Patel", "Registered Manager", "12/12/2024"]):
        set_cell(c, v)
    doc.save(os.path.join(HERE, BLS_FILE))


# ---------------------------------------------------------------------------
# 6. Camden and Islington NHSFT - CQC must do / should do (tab-separated .txt)
# ---------------------------------------------------------------------------
CANDI_FILE = "hr1-camden-islington-nhsft-cqc-mental-health-must-should-do-action-plan.txt"
CANDI_TITLE = "Camden and Islington NHS Foundation Trust – CQC Must Do / Should Do Action Plan"
CANDI = [
    ("service", "Core service: Acute wards for adults of working age and psychiatric intensive care units"),
    ("req", "The trust must ensure that patients’ risk assessments are updated after every incident and that "
            "care plans reflect identified risks. (Regulation 12)", [
        ("MD1.1", "Roll out the updated risk assessment template on RiO with a mandatory post-incident review "
                  "field.", "Associate Director of Nursing – Acute", "31/10/2023", "", "Blue",
         "Template live on all wards since 23/10/2023."),
        ("MD1.2", "Ward managers to audit five care records per ward each week, checking that the risk "
                  "assessment and care plan are aligned.", "Ward Managers; Modern Matron (Acute)", "30/11/2023",
         "31/03/2024", "Green", "January audit 82% aligned; target 95%."),
    ]),
    ("req", "The trust must ensure that there are enough suitably qualified nursing staff on each shift to keep "
            "patients safe. (Regulation 18)", [
        ("MD2.1", "Complete the safer staffing establishment review for all acute and PICU wards and present it "
                  "to the Board.", "Chief Nurse", "Dec-23", "Feb-24", "Amber",
         "Review complete; Board paper deferred to March meeting."),
        ("MD2.2", "Run a rolling recruitment campaign for band 5 and band 6 nurses, including international "
                  "recruitment.", "Head of Recruitment / Associate Director of Nursing – Acute", "Q1 2024/25",
         "", "Green", "14 offers made since November."),
    ]),
    ("req", "The trust should ensure that patients have access to a range of therapeutic activities, including "
            "at weekends.", [
        ("SD1.1", "Recruit two activity coordinators to provide a seven-day activity programme on each acute "
                  "ward.", "Lead Occupational Therapist", "30/04/2024", "", "Green",
         "Both posts appointed; start dates in March."),
    ]),
    ("service", "Core service: Mental health crisis services and health-based places of safety"),
    ("req", "The trust must ensure that the health-based place of safety is clean and that environmental risks "
            "are managed. (Regulation 15)", [
        ("MD3.1", "Replace the flooring and remove ligature points in the health-based place of safety at "
                  "Highgate Mental Health Centre.", "Director of Estates and Facilities", "31/01/2024",
         "30/06/2024", "Red", "Works not started; capital funding awaiting approval."),
    ]),
    ("req", "The trust should ensure that people referred to the crisis team receive a timely assessment in line "
            "with trust targets.", [
        ("SD2.1", "Introduce a daily crisis team huddle to prioritise and allocate new referrals.",
         "Crisis Service Manager", "31/10/2023", "", "Blue", "Huddle in place from 02/10/2023."),
        ("SD2.2", "Report the percentage of assessments completed within 4 hours and 24 hours to the Quality "
                  "Committee each month.", "Crisis Service Manager; Head of Information", "Monthly", "",
         "Green", "Reported monthly since November."),
    ]),
    ("req", "The trust should ensure that staff receive regular supervision and that this is recorded.", [
        ("SD3.1", "Introduce a supervision recording tab in the electronic staff record and audit compliance "
                  "quarterly.", "Head of Nursing – Crisis Pathway", "31/03/2024", "", "Amber",
         "Tab live; first audit shows 68% recorded."),
    ]),
]


def build_candi():
    lines = [
        CANDI_TITLE,
        "Inspection of mental health services – report published 6 September 2023",
        "Position at 29/02/2024 – exported from the Quality Compliance Tracker",
        "",
        "\t".join(["Ref", "Requirement", "Action", "Action lead", "Target date", "Revised target date", "RAG",
                   "Progress update"]),
    ]
    for item in CANDI:
        if item[0] == "service":
            lines.append(item[1])
            continue
        _, req, actions = item
        for i, (ref, text, lead, target, rev, rag, upd) in enumerate(actions):
            lines.append("\t".join([ref, req if i == 0 else "", text, lead, target, rev, rag, upd]))
    lines += ["",
              "Total actions: 9 | Blue 2 | Green 4 | Amber 2 | Red 1",
              "RAG: Blue = complete and evidenced; Green = on track; Amber = at risk; Red = overdue"]
    with open(os.path.join(HERE, CANDI_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. Youth Justice Board - ARAC internal audit recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
YJB_FILE = "hr1-youth-justice-board-arac-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
YJB_TITLE = "Youth Justice Board for England and Wales – Internal Audit Recommendations Tracker"
YJB_OPEN = [
    ("band", "GIAA 2023-24: Grants to Youth Justice Services (Limited assurance)"),
    ("rec", "23-GR-01", "High", "Grant conditions should require each youth justice service to submit an "
                                "annual statement of expenditure signed by its chief finance officer.",
     "Revise the 2025-26 grant terms and conditions and issue guidance to youth justice services.",
     "Head of Finance", "31 March 2024", "30 April 2025", 2, "Amber",
     "Draft terms with MoJ legal; issue delayed to April."),
    ("rec", "23-GR-02", "Medium", "The YJB should introduce a risk-based programme of grant assurance visits.",
     "Agree an annual assurance visit programme covering at least 15% of youth justice services.",
     "Head of Oversight and Assurance", "30 June 2024", "", 0, "Complete",
     "Programme approved by Executive Team 04/06/2024."),
    ("rec", "23-GR-03", "Medium", "Grant payments should be reconciled to the finance system each quarter.",
     "Introduce a quarterly reconciliation between the grants database and the finance ledger, signed off "
     "by the Head of Finance.", "Finance Business Partner", "30 September 2024", "30 Sepember 2025", 1,
     "Amber", "Q2 reconciliation complete; automation of data extract outstanding."),
    ("band", "GIAA 2024-25: Information Governance and Data Protection (Moderate assurance)"),
    ("rec", "24-IG-01", "Medium", "The Information Asset Register should be reviewed and updated at least "
                                  "annually.",
     "Information Asset Owners to confirm their entries on the register.", "Senior Information Risk Owner",
     "31 January 2025", "", 0, "Green", "11 of 14 assets confirmed."),
    ("rec", "24-IG-02", "Low", "Data protection training completion should be reported to the Executive Team.",
     "Add mandatory training completion to the quarterly people dashboard.", "Head of People",
     "31 December 2024", "31 March 2025", 1, "Green", "Included from Q3 dashboard."),
    ("band", "NAO 2023-24 Management Letter"),
    ("rec", "NAO-23-01", "Medium", "Journals above £100,000 should be independently authorised before posting.",
     "Configure system workflow so that journals above £100,000 need second-person approval.",
     "Head of Finance", "31 October 2024", "", 0, "Red", "System change not yet scheduled by MoJ shared services."),
]
YJB_CLOSED = [
    ("22-BC-02", "Business Continuity (2022-23)", "Medium",
     "Business continuity plans should be tested annually.", "Run a desktop exercise for the London office.",
     "Head of Governance and Risk", "30 September 2024", "Complete – exercise held 19/09/2024"),
    ("23-GR-04", "Grants to Youth Justice Services (2023-24)", "Low",
     "Grant letters should be issued before the start of the financial year.",
     "Issue 2024-25 grant letters by 31 March.", "Grants Manager", "31 March 2024",
     "Complete – letters issued 27/03/2024"),
    ("22-PR-01", "Procurement (2022-23)", "High", "Contract waivers should be recorded centrally.",
     "Create a waiver log reviewed by the Commercial Lead.", "Commercial Lead", "31 May 2024",
     "Complete – verified by GIAA follow-up"),
]
YJB_REFUSE_ROW = None  # set by build_yjb: sheet row of 23-GR-03 on "Open recommendations"


def build_yjb():
    global YJB_REFUSE_ROW
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    status_fill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

    db = wb.active
    db.title = "Dashboard"
    db["A1"] = YJB_TITLE
    db["A1"].font = Font(bold=True, size=14)
    db["A2"] = "Audit and Risk Assurance Committee – 11 March 2025 – Agenda item 7"
    db["A4"], db["B4"], db["C4"], db["D4"], db["E4"] = "Priority", "Open", "Overdue", "Revised date", "Closed since last ARAC"
    for c in "ABCDE":
        db[f"{c}4"].font = Font(bold=True)
    for i, row in enumerate([("High", 1, 0, 1, 1), ("Medium", 4, 1, 1, 1), ("Low", 1, 0, 1, 1)], start=5):
        for j, v in enumerate(row, start=1):
            db.cell(row=i, column=j, value=v)
    db["A8"] = "Total"
    db["A8"].font = Font(bold=True)
    for c in "BCDE":
        db[f"{c}8"] = f"=SUM({c}5:{c}7)"
    db["A10"] = ("Note: recommendations are shown as overdue where the latest target date has passed and the "
                 "action is not complete.")
    db.column_dimensions["A"].width = 18

    ws = wb.create_sheet("Open recommendations")
    ws["A1"] = YJB_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("ARAC meeting: 11 March 2025 | Sources: GIAA reports and NAO management letter | "
                "Prepared by: Head of Governance and Risk")
    headers = ["Rec ID", "Priority", "Recommendation", "Agreed management action", "Action owner",
               "Original target date", "Revised target date", "No. of revisions", "Status", "Latest update"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="3B3B3B")
        c.alignment = wrap
        c.border = border
    r = 5
    for item in YJB_OPEN:
        if item[0] == "band":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            for j in range(1, 11):
                ws.cell(row=r, column=j).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        vals = list(item[1:])
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=j, value=v if v != "" else None)
            c.alignment = wrap
            c.border = border
        ws.cell(row=r, column=9).fill = PatternFill("solid", fgColor=status_fill[item[9]])
        if item[1] == "23-GR-03":
            YJB_REFUSE_ROW = r
        r += 1
    for col, w in zip("ABCDEFGHIJ", [11, 9, 45, 45, 28, 16, 16, 10, 10, 40]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    cl = wb.create_sheet("Closed since last ARAC")
    cl["A1"] = "Recommendations closed since the last ARAC (December 2024)"
    cl["A1"].font = Font(bold=True, size=13)
    h2 = ["Rec ID", "Audit", "Priority", "Recommendation", "Agreed management action", "Action owner",
          "Target date", "Closure evidence"]
    for j, h in enumerate(h2, start=1):
        c = cl.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.border = border
    for i, row in enumerate(YJB_CLOSED, start=4):
        for j, v in enumerate(row, start=1):
            c = cl.cell(row=i, column=j, value=v)
            c.alignment = wrap
            c.border = border
    for col, w in zip("ABCDEFGH", [11, 30, 9, 40, 40, 28, 16, 36]):
        cl.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, YJB_FILE))


def main():
    build_stm()
    build_src()
    build_cran()
    build_roh()
    build_bls()
    build_candi()
    build_yjb()
    print("built 7 files; YJB typo on sheet row", YJB_REFUSE_ROW)


if __name__ == "__main__":
    main()
