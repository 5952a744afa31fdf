"""Build the seven fn1- blind test files (set heldout204).

Run with: /work/main/.venv/bin/python fn1_make.py
Writes the data files next to this script. The .expected.yaml files are written separately.
"""
import csv
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

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "0070C0"


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


# ---------------------------------------------------------------------------
# 1. Thomas Deacon Academy - post-Ofsted action plan (xlsx)
# ---------------------------------------------------------------------------
TDA_TITLE = "Thomas Deacon Academy – Post-Ofsted Action Plan 2024–25"
TDA = [
    ("Priority 1: Curriculum and adaptive teaching",
     "Leaders should ensure that teachers check pupils' understanding systematically in lessons and address misconceptions before moving on.",
     [
         ("1.1", "Deliver a CPD programme on checking for understanding (cold calling, mini-whiteboards, hinge questions) to all teaching staff through weekly Teaching & Learning briefings.",
          "Vice Principal (Teaching & Learning)", "All staff trained; learning walks show checking for understanding in 80% of lessons.", "SLT learning walks", "Spring term 2025", BLUE),
         ("1.2", "Introduce fortnightly learning walks by curriculum leaders focused on checking for understanding, with findings reported to SLT each half term.",
          "JMc/SBa", "Half-termly learning walk summaries received by SLT.", "Standards Committee", "Summer term 2025", GREEN),
         ("1.3", "Revise the marking and feedback policy so that whole-class feedback addresses common misconceptions identified in low-stakes quizzes.",
          "Assistant Principal (Curriculum)", "Revised policy approved and in use in all departments.", "Book looks", "31/03/2025", BLUE),
     ]),
    ("Priority 2: Reading and literacy",
     "Leaders should make sure that pupils in key stage 3 who are at the early stages of reading receive precise support so that they catch up quickly.",
     [
         ("2.1", "Screen all Year 7 and Year 8 pupils using the New Group Reading Test and identify pupils for phonics-based intervention.",
          "Reading Lead / SENCo", "All KS3 pupils screened; intervention groups in place.", "LGB link governor (literacy)", "Feb-25", BLUE),
         ("2.2", "Train six teaching assistants to deliver the Fresh Start phonics programme.\nDaily sessions timetabled during tutor time from February half term.",
          "SENCo", "Intervention pupils gain at least 12 months in reading age.", "SENCo report to LGB", "Summer term 2025", AMBER),
         ("2.3", "Track reading ages termly and report progress of intervention pupils to the Local Governing Body.",
          "Reading Lead", "Termly reading age data shows gap closing.", "Local Governing Body", "Termly", GREEN),
     ]),
    ("Priority 3: Attendance and behaviour",
     "Leaders should continue to reduce persistent absence, particularly for disadvantaged pupils and pupils with SEND.",
     [
         ("3.1", "Appoint an attendance officer and introduce weekly attendance panels for pupils below 90% attendance, with early contact with families.",
          "Vice Principal (Pastoral)", "Attendance officer in post; panels running weekly.", "Principal", "January 2025", BLUE),
         ("3.2", "Work with the Peterborough Local Authority attendance team on targeted support plans for disadvantaged persistent absentees, including home visits.",
          "Attendance Officer; Heads of Year", "Persistent absence for disadvantaged pupils below 25%.", "Trust attendance review", "July 2025", RED),
     ]),
]


def build_tda(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Thomas Deacon Academy"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Post-Ofsted Action Plan 2024–25"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "Inspection: 12–13 November 2024 | Overall effectiveness: Requires improvement"
    rows = [("Document owner", "Principal"),
            ("Approved by", "Local Governing Body, 23 January 2025"),
            ("Last reviewed", "19 June 2025"),
            ("Next review", "Standards Committee, September 2025")]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = BOLD
        cov.cell(i, 2, v)
    cov["A10"] = "RAG key"
    cov["A10"].font = BOLD
    for i, (col, txt) in enumerate([(GREEN, "On track"), (AMBER, "Some slippage – action needed"),
                                    (RED, "Off track"), (BLUE, "Completed and impact evidenced")], start=11):
        cov.cell(i, 1).fill = fill(col)
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2, txt)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 45

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = TDA_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "What does the school need to do to improve? (Ofsted report, published 9 December 2024)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    headers = ["Area for improvement", "Ref", "Action", "Lead(s)", "Success criteria", "Monitoring", "Timescale", "RAG"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    for prio, afi, acts in TDA:
        ws.cell(r, 1, prio).font = BOLD
        ws.cell(r, 1).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        first = r
        for ref, action, lead, sc, mon, when, rag in acts:
            vals = [None, ref, action, lead, sc, mon, when, None]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(r, 8).fill = fill(rag)
            r += 1
        ws.cell(first, 1, afi).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Notes: RAG ratings reviewed at the Standards Committee each half term. "
                  "Evidence held on the shared drive (SLT > Ofsted 2024).").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [38, 6, 55, 24, 36, 22, 16, 8]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Newham College - Ofsted post-inspection action plan (docx)
# ---------------------------------------------------------------------------
NC_TITLE = "Newham College of Further Education: Post-Inspection Action Plan 2025–26"
NC = [
    ("Area for improvement 1",
     "Leaders and managers should ensure that teachers on study programmes set work that challenges the most able students to achieve high grades.",
     [
         ("1.1", "Introduce stretch and challenge tasks into all level 3 schemes of work, reviewed by curriculum managers each term.",
          "Heads of Curriculum", "30/09/2025", "Schemes of work for 14 of 19 level 3 courses updated; remainder by end of September.", "Green"),
         ("1.2", "Use high-grade tracking (ALPS) at each assessment point to identify students working below their minimum target grade and agree intervention plans.",
          "Head of Quality; Data Manager", "December 2025", "ALPS licence renewed. First assessment point delayed to November because of MIS migration.", "Amber"),
         ("1.3", "Run a peer observation programme pairing teachers with expert practitioners from the Teaching and Learning Academy.",
          "Teaching and Learning Manager", "End of Summer term 2025", "42 pairings completed. Evaluation presented to Quality and Standards Committee on 1 July.", "Complete"),
     ]),
    ("Area for improvement 2",
     "Leaders should ensure that apprentices receive their full entitlement to off-the-job training and that employers are involved in reviewing apprentices' progress.",
     [
         ("2.1", "Audit off-the-job hours for all current apprentices.\nPut catch-up plans in place where apprentices are behind.",
          "Head of Apprenticeships", "30/06/2025", "Audit complete; 37 apprentices on catch-up plans.", "Complete"),
         ("2.2", "Schedule tripartite progress reviews every 10 weeks with employers, recorded on the e-portfolio.",
          "Apprenticeship Skills Coaches", "Ongoing", "91% of reviews in date with employer present (May 2025).", "Green"),
         ("2.3", "Provide an employer briefing pack and termly employer forum on the apprenticeship standards and end-point assessment.",
          "Business Development Manager / Head of Apprenticeships", "November 2025", "Briefing pack drafted. First forum booked for 8 October 2025.", "Green"),
     ]),
    ("Area for improvement 3",
     "Leaders should improve attendance at English and mathematics lessons for students who are retaking GCSE qualifications.",
     [
         ("3.1", "Move all GCSE resit lessons to timetable slots alongside vocational lessons on the same campus.",
          "Head of English and Maths", "September 2025", "2025–26 timetable built; two curriculum areas still to confirm rooming.", "Amber"),
         ("3.2", "Introduce same-day contact with parents, carers and employers when a student misses an English or maths lesson.",
          "Student Progress Coaches", "31/07/2025", "Not yet in place – awaiting text messaging module in the new MIS.", "Red"),
         ("3.3", "Report resit attendance weekly to the senior leadership team and monthly to the Quality and Standards Committee.",
          "Head of MIS", "Monthly", "Weekly report in place since April 2025.", "Green"),
     ]),
]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    parts = text.split("\n")
    cell.text = parts[0]
    for extra in parts[1:]:
        cell.add_paragraph(extra)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def build_nc(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_heading(NC_TITLE, level=0)
    d.add_paragraph("Following the Ofsted inspection of 4–7 March 2025 (report published 10 April 2025). "
                    "Overall effectiveness: Requires improvement.")
    d.add_paragraph("Document control").runs[0].bold = True
    ctl = d.add_table(rows=0, cols=2)
    ctl.style = "Table Grid"
    for k, v in [("Version", "1.3"),
                 ("Owner", "Deputy Principal – Quality and Curriculum"),
                 ("Approved", "Quality and Standards Committee, 1 July 2025"),
                 ("Next review", "October 2025")]:
        row = ctl.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    d.add_paragraph("")
    for head, afi, acts in NC:
        d.add_heading(head, level=2)
        p = d.add_paragraph()
        p.add_run(afi).bold = True
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Target date", "Progress update (June 2025)", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for ref, action, lead, when, prog, rag in acts:
            row = t.add_row().cells
            for c, v in zip(row, [ref, action, lead, when, prog, rag]):
                set_cell(c, v)
            shade(row[5], {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}[rag])
        d.add_paragraph("")
    d.add_heading("RAG key", level=2)
    key = d.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, v, col in [("Complete", "Action completed and impact evidenced", BLUE),
                      ("Green", "On track", GREEN),
                      ("Amber", "Some slippage", AMBER),
                      ("Red", "Off track", RED)]:
        row = key.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], col)
        set_cell(row[1], v)
    d.save(path)


# ---------------------------------------------------------------------------
# 3. University of Derby - Ofsted apprenticeships PIAP (xlsx)
# ---------------------------------------------------------------------------
UOD_TITLE = "University of Derby – Apprenticeships Post-Inspection Action Plan (PIAP)"
D = dt.datetime
UOD = [
    ("Theme 1: Quality of education", [
        ("Leaders should ensure that apprentices' starting points are assessed accurately and used to plan individual training.", [
            ("1.1", "Redesign the initial skills scan for all standards to capture prior knowledge, skills and behaviours, agreed with employers at sign-up.",
             "Head of Apprenticeship Quality", D(2025, 5, 31), None, "G", "B", "New skills scan live for all September 2025 starts."),
            ("1.2", "Adjust training plans and off-the-job hours where the skills scan shows significant prior learning.",
             "Programme Leaders", D(2025, 6, 30), D(2025, 9, 30), "A", "G", "Revised to align with September enrolment; 64 training plans adjusted."),
        ]),
        ("Leaders should ensure that tutors and workplace mentors give apprentices useful feedback that helps them improve the quality of their work.", [
            ("1.3", "Deliver a feedback standards workshop for all apprenticeship tutors, with sampling of written feedback each semester.",
             "Academic Lead for Apprenticeships", "July 2025", "December 2025", "A", "A", "Workshops held for three of five colleges; sampling to start in semester 1."),
            ("1.4", "Provide an online workplace mentor induction and quarterly mentor network meetings.",
             "K Ahmed; L Pryce", D(2025, 9, 30), None, "G", "G", "Induction module published on the employer portal."),
        ]),
    ]),
    ("Theme 2: Leadership and management", [
        ("Leaders should ensure that governors receive sufficiently detailed information about the quality of apprenticeships to hold leaders to account.", [
            ("2.1", "Produce a termly apprenticeships quality report for the Academic Board and the Board of Governors, including achievement, progress and off-the-job data by standard.",
             "Director of Apprenticeships", D(2025, 4, 30), None, "G", "B", "First report received by the Board of Governors in April 2025."),
            ("2.2", "Appoint a link governor for apprenticeships and agree a schedule of governor learning walks.",
             "University Secretary", D(2025, 6, 30), D(2025, 11, 30), "R", "A", "Link governor appointed July 2025; learning walk schedule to be agreed at November board."),
            ("2.3", "Strengthen the subcontractor monitoring framework, including quarterly quality visits to the two subcontracted providers.",
             "Head of Partnerships / Head of Apprenticeship Quality", D(2026, 1, 31), None, None, "G", "Framework drafted; first visits booked."),
        ]),
    ]),
    ("Theme 3: Behaviour, attitudes and personal development", [
        ("Leaders should make sure that apprentices develop a secure understanding of the risks of radicalisation and extremism relevant to their workplace.", [
            ("3.1", "Embed Prevent and British values topics in progress reviews using sector-specific case studies.",
             "Designated Safeguarding Lead", D(2025, 7, 31), None, "A", "G", "Case studies written for health, engineering and management standards."),
            ("3.2", "Launch a mandatory online Prevent refresher for all apprentices, with completion monitored monthly.",
             "Designated Safeguarding Lead", D(2025, 5, 31), None, "G", "B", "97% completion at 30 September 2025."),
            ("3.3", "Check apprentices' understanding through a short survey at each progress review and follow up where gaps are identified.",
             "Programme Leaders", "Ongoing", None, "G", "G", "Survey embedded in review template."),
        ]),
    ]),
]
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def build_uod(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = UOD_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Summary of current RAG ratings – Apprenticeships Quality Board, 15 October 2025"
    s["A4"], s["B4"] = "Current RAG", "Number of actions"
    s["A4"].font = s["B4"].font = BOLD
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, afis in UOD:
        for _, acts in afis:
            for a in acts:
                counts[a[6]] += 1
    labels = {"B": "Blue – complete", "G": "Green – on track", "A": "Amber – delayed", "R": "Red – off track"}
    r = 5
    for k in "BGAR":
        s.cell(r, 1, labels[k]).fill = fill(RAGFILL[k])
        s.cell(r, 2, counts[k])
        r += 1
    s.cell(r, 1, "Total").font = BOLD
    s.cell(r, 2, sum(counts.values())).font = BOLD
    s.column_dimensions["A"].width = 30
    s.column_dimensions["B"].width = 20

    ws = wb.create_sheet("PIAP")
    ws["A1"] = UOD_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Ofsted inspection 21–24 January 2025 | Report published 3 March 2025 | Update for Apprenticeships Quality Board, 15 October 2025"
    ws.merge_cells("A2:I2")
    headers = ["Ref", "Area for improvement (Ofsted)", "Action", "Action owner", "Original target date",
               "Revised target date", "Previous RAG", "Current RAG", "Progress commentary"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("4B2E83")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for theme, afis in UOD:
        ws.cell(r, 1, theme).font = BOLD
        ws.cell(r, 1).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi, acts in afis:
            first = r
            for ref, action, owner, orig, rev, prev, cur, prog in acts:
                vals = [ref, None, action, owner, orig, rev, prev, cur, prog]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(r, c, v)
                    cell.border = BOX
                    cell.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                if prev:
                    ws.cell(r, 7).fill = fill(RAGFILL[prev])
                ws.cell(r, 8).fill = fill(RAGFILL[cur])
                r += 1
            ws.cell(first, 2, afi).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFGHI", [6, 40, 55, 28, 14, 14, 10, 10, 45]):
        ws.column_dimensions[col].width = w

    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = BOLD
    for i, (code, txt) in enumerate([("B", "Complete – evidence verified by Quality team"),
                                      ("G", "On track"),
                                      ("A", "Delayed – within tolerance"),
                                      ("R", "Off track – escalate to Apprenticeships Quality Board")], start=2):
        k.cell(i, 1, code).fill = fill(RAGFILL[code])
        k.cell(i, 2, txt)
    k["A7"] = "Where a revised target date has been agreed by the Board it replaces the original date for monitoring purposes."
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Liverpool University Hospitals - CQC must/should do (csv, refuse)
# ---------------------------------------------------------------------------
LUHFT_HEADER = ["Ref", "Core service", "Must / Should", "CQC requirement", "Action", "Action owner", "Due date", "Status"]
LUHFT_ROWS = [
    ["Liverpool University Hospitals NHS Foundation Trust – CQC Must Do / Should Do Action Plan"],
    ["Royal Liverpool and Aintree sites – inspection May 2025; progress as at 30 September 2025"],
    [],
    LUHFT_HEADER,
    ["Urgent and emergency care"],
    ["UEC-M1.1", "Urgent and emergency care", "Must", "The trust must ensure that patients in the emergency department receive timely risk assessments for pressure ulcers and falls.",
     "Add pressure ulcer and falls risk assessment prompts to the ED electronic patient record triage screen.", "ED Lead Nurse", "31/07/2025", "Complete"],
    ["UEC-M1.2", "Urgent and emergency care", "Must", "",
     "Audit compliance with risk assessments weekly and report to the Divisional Governance Board.", "ED Matron", "Sep-25", "Green"],
    ["UEC-M2.1", "Urgent and emergency care", "Must", "The trust must ensure that there are sufficient numbers of registered children's nurses in the emergency department at all times.",
     "Recruit to 6.4 WTE paediatric nursing vacancies in the Royal Liverpool ED.", "Divisional Director of Nursing", "31/12/2025", "Amber"],
    ["UEC-M2.2", "Urgent and emergency care", "Must", "",
     "Provide paediatric immediate life support training to all adult-trained ED nurses working in the children's area.", "Practice Education Lead", "0ct-2025", "Green"],
    ["UEC-S1.1", "Urgent and emergency care", "Should", "The trust should continue to improve ambulance handover times.",
     "Open the redesigned rapid assessment and treatment area to support handovers within 45 minutes.", "Director of Operations / Clinical Director ED", "Nov-25", "Amber"],
    ["Medical care (including older people's care)"],
    ["MED-M1.1", "Medical care", "Must", "The trust must ensure that medicines, including controlled drugs, are stored securely and fridge temperatures are monitored daily.",
     "Install automated temperature monitoring in all ward medicines fridges.", "Chief Pharmacist", "31/03/2026", "Green"],
    ["MED-M1.2", "Medical care", "Must", "",
     "Complete monthly controlled drugs audits on all medical wards, with results reviewed at the Medicines Safety Group.", "Ward Managers; Pharmacy CD Lead", "Monthly", "Green"],
    ["MED-S1.1", "Medical care", "Should", "The trust should ensure that mandatory training compliance meets the trust target of 90%.",
     "Issue ward-level training compliance dashboards and agree recovery trajectories with each ward manager.", "Medicine Head of Nursing", "January 2026", "Red"],
    ["MED-S2.1", "Medical care", "Should", "The trust should ensure that patients' nutrition and hydration needs are recorded consistently.",
     "Relaunch the red tray and jug scheme and include food and fluid charts in the monthly nursing quality audit.", "Lead Nurse for Nutrition", "28/02/2026", "Not started"],
    [],
    ["Status key: Complete = action closed with evidence; Green = on track; Amber = at risk; Red = overdue; Not started = not yet due to start"],
]
LUHFT_REFUSE_LINE = 9  # the UEC-M2.2 row, due date "0ct-2025" (zero for O)


def build_luhft(path):
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in LUHFT_ROWS:
            w.writerow(row + [""] * (len(LUHFT_HEADER) - len(row)))


# ---------------------------------------------------------------------------
# 5. Kingsway Medical Centre - CQC inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
KMC_TITLE = "Kingsway Medical Centre – CQC Inspection Action Plan"
KMC_LINES = [
    KMC_TITLE,
    "Inspection: 14 January 2025 (focused inspection – Safe and Well-led)\tReport published: 11 March 2025",
    "Registered manager: Dr Priya Nair\tPractice manager: Mrs Joanne Tate",
    "",
    "No.\tCQC finding\tAction to be taken\tResponsible person\tTarget date\tStatus",
    "MUST DO – Regulation 12: Safe care and treatment",
    "1\tThe provider must ensure care and treatment is provided in a safe way to patients.\tComplete a full search of patients prescribed high-risk medicines (methotrexate, lithium, DOACs) and recall any patient overdue monitoring.\tDr A Okafor (Prescribing Lead)\t28/02/2025\tComplete",
    "2\t\tIntroduce a monthly high-risk drug monitoring search, reviewed at the clinical meeting.\tDr Nair / Practice Pharmacist\tMonthly\tGreen",
    "3\t\tReview all patients coded with asthma who have had two or more courses of rescue steroids in 12 months and offer an asthma review.\tNurse Practitioner\tEnd of April 2025\tComplete",
    "MUST DO – Regulation 17: Good governance",
    "4\tThe provider must establish effective systems and processes to ensure good governance.\tIntroduce a governance calendar covering significant events, safety alerts, complaints and policy reviews, with a named lead for each.\tPractice Manager\t31/03/2025\tComplete",
    "5\t\tSet up a log of MHRA and CAS safety alerts showing searches run, patients identified and action taken.\tPractice Manager; Dr Okafor\tApr-25\tGreen",
    "SHOULD DO – Areas the practice should improve",
    "6\tThe provider should improve the uptake of cervical screening.\tSend text reminders with direct booking links and offer Saturday morning screening clinics.\tPractice Nurse Lead\tSeptember 2025\tAmber",
    "7\tThe provider should continue to improve patient satisfaction with telephone access.\tInstall a cloud-based telephony system with call-back and queue position messages.\tPractice Manager\t30/06/2025\tGreen",
    "8\tThe provider should ensure all staff complete safeguarding training at the level appropriate to their role.\tBook Level 3 safeguarding training for all clinicians and record completion on the training matrix.\tSafeguarding Lead GP\t31/05/2025\tAmber",
    "",
    "Status key: Complete = action finished and evidence filed; Green = on track; Amber = at risk; Red = overdue",
    "Plan reviewed at practice meeting 10 April 2025. Next review: July 2025.",
]


def build_kmc(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(KMC_LINES) + "\r\n")


# ---------------------------------------------------------------------------
# 6. The Spinney (Elysium Healthcare) - CQC must/should do (docx)
# ---------------------------------------------------------------------------
SPN_TITLE = "The Spinney – CQC Must Do and Should Do Action Plan"
SPN = [
    ("1. Acute wards for adults of working age and psychiatric intensive care units", [
        ("The provider must ensure that staff complete and update risk assessments for all patients following incidents. (Regulation 12)", [
            ("MD1.1", "Introduce a post-incident risk review checklist completed by the nurse in charge within 24 hours of any incident.",
             "Ward Manager (Hazel Ward)", "31/05/2025", "", BLUE),
            ("MD1.2", "Audit 10 care records per ward each month for risk assessment updates; results to the Clinical Governance Meeting.",
             "Clinical Lead / Quality Lead", "31/08/2025", "", GREEN),
        ]),
        ("The provider must ensure that staff receive regular clinical supervision. (Regulation 18)", [
            ("MD2.1", "Set up a supervision tracker and a rolling six-weekly supervision schedule for all registered and unregistered staff.",
             "Hospital Director", "June 2025", "Complete", BLUE),
        ]),
        ("The provider should ensure that patients have access to a range of therapeutic activities at weekends.", [
            ("SD1.1", "Recruit a weekend activity coordinator and publish a weekly activity timetable on each ward.",
             "Head of Occupational Therapy", "30/09/2025", "", AMBER),
        ]),
    ]),
    ("2. Long stay or rehabilitation mental health wards for working age adults", [
        ("The provider must ensure that the environment on Willow Ward is clean and well maintained. (Regulation 15)", [
            ("MD3.1", "Complete the refurbishment of the Willow Ward bathrooms and replace damaged furniture in the lounge.",
             "Estates Manager", "31 October 2025", "", AMBER),
            ("MD3.2", "Introduce weekly environmental walkrounds by the ward manager and housekeeping lead, with actions logged on the estates system.",
             "Ward Manager (Willow Ward); Housekeeping Lead", "31/07/2025", "", BLUE),
        ]),
        ("The provider should ensure that patients are involved in developing their recovery care plans and are offered a copy.", [
            ("SD2.1", "Use the My Recovery Plan template in all care programme approach reviews and record whether the patient accepted a copy.",
             "Consultant Psychiatrist / Named Nurses", "30/11/2025", "", GREEN),
            ("SD2.2", "Run co-produced care planning sessions with the patient forum every quarter.",
             "Patient Engagement Lead", "Quarterly", "", GREEN),
        ]),
        ("The provider should ensure that discharge planning starts from admission and involves community teams.", [
            ("SD3.1", "Agree an estimated discharge date at the first ward round and invite the care coordinator to each CPA review.",
             "Social Worker", "December 2025", "", RED),
        ]),
    ]),
]


def build_spn(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    h = d.add_heading(SPN_TITLE, level=0)
    p = d.add_paragraph("Elysium Healthcare Limited")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    info = d.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Provider", "Elysium Healthcare Limited"),
                 ("Location", "The Spinney, Atherton"),
                 ("Inspection dates", "3–5 February 2025"),
                 ("Report published", "17 April 2025"),
                 ("Plan owner", "Hospital Director"),
                 ("Version / date", "v2.1 – 14 August 2025")]:
        row = info.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], "DEEAF6")
        set_cell(row[1], v)
    d.add_paragraph("Progress is reviewed fortnightly at the Hospital Clinical Governance Meeting and reported "
                    "monthly to the Divisional Quality Board. RAG status is shown by cell colour (see key).")
    for core, reqs in SPN:
        d.add_heading(core, level=2)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, hd in zip(t.rows[0].cells, ["Ref", "CQC requirement", "Action", "Lead", "Completion date", "RAG"]):
            set_cell(c, hd, bold=True)
            shade(c, "BDD7EE")
        for req, acts in reqs:
            first_idx = len(t.rows)
            for ref, action, lead, when, ragtxt, col in acts:
                row = t.add_row().cells
                set_cell(row[0], ref)
                set_cell(row[2], action)
                set_cell(row[3], lead)
                set_cell(row[4], when)
                if ragtxt:
                    set_cell(row[5], ragtxt)
                shade(row[5], col)
            last_idx = len(t.rows) - 1
            top = t.cell(first_idx, 1)
            if last_idx > first_idx:
                top = top.merge(t.cell(last_idx, 1))
            set_cell(top, req)
        d.add_paragraph("")
    d.add_heading("RAG key", level=2)
    key = d.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for col, txt in [(BLUE, "Completed and evidence verified"), (GREEN, "On track"),
                     (AMBER, "At risk of slippage"), (RED, "Overdue")]:
        row = key.add_row().cells
        shade(row[0], col)
        set_cell(row[1], txt)
    d.save(path)


# ---------------------------------------------------------------------------
# 7. Arts Council England - Public Body Review implementation tracker (xlsx)
# ---------------------------------------------------------------------------
ACE_TITLE = "Arts Council England – Public Body Review: Implementation Tracker"
ACE = [
    ("Theme A: Governance and accountability", [
        ("Recommendation 1: The Arts Council should refresh its National Council and Area Council structures so that board members have clear responsibilities for oversight of investment decisions.", "Accepted", [
            ("1a", "Review the terms of reference and schemes of delegation of National Council and the five Area Councils.",
             "Chief Operating Officer / Company Secretary", "Q4 2025/26", "B", "New terms of reference approved by National Council in March 2026."),
            ("1b", "Publish a register of Area Council members' interests and decisions on the Arts Council website.",
             "Company Secretary", D(2026, 7, 31), "B", "Register published July 2026."),
        ]),
        ("Recommendation 2: The Arts Council and DCMS should agree a revised framework document and a sponsorship performance dashboard.", "Accepted", [
            ("2a", "Agree the revised framework document with DCMS and publish it.",
             "Chief Executive", "September 2026", "A", "Draft agreed at official level; awaiting ministerial sign-off."),
            ("2b", "Develop a quarterly performance dashboard for the DCMS sponsor team covering grant-in-aid, Lottery income and delivery of the ten-year strategy.",
             "Chief Financial Officer; Head of Data and Insight", "Q2 2026/27", "G", "Prototype shared with sponsor team in August 2026."),
        ]),
    ]),
    ("Theme B: Investment and funding processes", [
        ("Recommendation 3: The Arts Council should simplify application and reporting requirements for National Portfolio Organisations and project grant applicants, proportionate to the size of award.", "Accepted", [
            ("3a", "Reduce the number of questions in the National Lottery Project Grants application form for awards under £30,000.",
             "Director of Investment", D(2026, 4, 30), "B", "Shorter form live from 1 April 2026."),
            ("3b", "Introduce a single annual data return for National Portfolio Organisations, replacing the separate survey and financial returns.",
             "Director of Investment / Head of Data and Insight", "Mar-27", "G", "Data specification out to consultation with NPOs."),
            ("3c", "Commission an independent evaluation of applicant burden and publish the findings.",
             "Director of Research", "TBC", "R", "Procurement paused pending the spending review outcome."),
        ]),
    ]),
    ("Theme C: Place and regional presence", [
        ("Recommendation 4: The Arts Council should set out how its Priority Places and Levelling Up for Culture Places programmes will be evaluated, and report the results annually.", "Accepted in part", [
            ("4a", "Publish an evaluation framework for Priority Places, agreed with local authority partners.",
             "Director of Place", "December 2026", "G", "Framework tested with six local authorities."),
            ("4b", "Include a Priority Places section in the Annual Report and Accounts from 2026/27.",
             "Chief Financial Officer", D(2027, 7, 31), "G", "Agreed with the National Audit Office."),
            ("4c", "Hold an annual Place Partnerships conference in each area.",
             "Area Directors", "Annually", "A", "Two of five area conferences held; remaining three not yet scheduled."),
        ]),
    ]),
]


def build_ace(path):
    wb = Workbook()
    db = wb.active
    db.title = "Dashboard"
    db["A1"] = ACE_TITLE
    db["A1"].font = Font(bold=True, size=14)
    db["A2"] = "Report to the Audit and Risk Assurance Committee, 20 October 2026"
    for c, h in enumerate(["RAG", "Definition", "No. of actions"], start=1):
        db.cell(4, c, h).font = BOLD
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, recs in ACE:
        for _, _, acts in recs:
            for a in acts:
                counts[a[4]] += 1
    defs = {"B": "Complete", "G": "On track", "A": "Some delay – recoverable", "R": "Significant delay – escalation needed"}
    r = 5
    for k in "BGAR":
        db.cell(r, 1, k).fill = fill(RAGFILL[k])
        db.cell(r, 2, defs[k])
        db.cell(r, 3, counts[k])
        r += 1
    db.cell(r, 1, "Total").font = BOLD
    db.cell(r, 3, sum(counts.values())).font = BOLD
    db.column_dimensions["B"].width = 40
    db.column_dimensions["C"].width = 16

    ws = wb.create_sheet("Tracker")
    ws["A1"] = ACE_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Position at 30 September 2026. Recommendations as set out in the Review report; "
                "DCMS sponsor team copied on each update.")
    ws.merge_cells("A2:G2")
    headers = ["Ref", "Recommendation / action", "Accepted", "Lead director(s)", "Target date", "RAG", "Update (September 2026)"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("000000")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for theme, recs in ACE:
        ws.cell(r, 1, theme).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = fill("E4007C")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for rec, accepted, acts in recs:
            ws.cell(r, 2, rec).font = BOLD
            ws.cell(r, 2).alignment = WRAP
            ws.cell(r, 3, accepted)
            for c in range(1, 8):
                ws.cell(r, c).fill = fill("F2F2F2")
                ws.cell(r, c).border = BOX
            r += 1
            for ref, action, lead, when, rag, upd in acts:
                for c, v in enumerate([ref, action, None, lead, when, rag, upd], start=1):
                    cell = ws.cell(r, c, v)
                    cell.border = BOX
                    cell.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(r, 6).fill = fill(RAGFILL[rag])
                ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
    for col, w in zip("ABCDEFG", [6, 70, 14, 30, 14, 6, 45]):
        ws.column_dimensions[col].width = w

    cl = wb.create_sheet("Change log")
    for c, h in enumerate(["Version", "Date", "Change", "By"], start=1):
        cl.cell(1, c, h).font = BOLD
    for i, row in enumerate([("0.1", D(2026, 2, 2), "Tracker created from the Review report", "Governance Team"),
                             ("0.4", D(2026, 6, 15), "Q1 update; 1a closed", "Governance Team"),
                             ("0.6", D(2026, 10, 5), "Q2 update for ARAC", "Governance Team")], start=2):
        for c, v in enumerate(row, start=1):
            cell = cl.cell(i, c, v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    wb.active = 1
    wb.save(path)


FILES = {
    "fn1-thomas-deacon-academy-post-ofsted-action-plan.xlsx": build_tda,
    "fn1-newham-college-ofsted-post-inspection-action-plan.docx": build_nc,
    "fn1-university-of-derby-ofsted-apprenticeships-piap.xlsx": build_uod,
    "fn1-liverpool-university-hospitals-cqc-must-should-do-action-plan-typo-month-refuse.csv": build_luhft,
    "fn1-kingsway-medical-centre-cqc-inspection-action-plan.txt": build_kmc,
    "fn1-elysium-the-spinney-cqc-must-should-do-action-plan.docx": build_spn,
    "fn1-arts-council-england-public-body-review-implementation-tracker.xlsx": build_ace,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
