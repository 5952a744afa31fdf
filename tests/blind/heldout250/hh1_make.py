"""Build the seven hh1- blind test files (set heldout250).

Run with: /work/main/.venv/bin/python hh1_make.py
Writes the data files next to this script.
"""
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

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "pale": "DEEAF6",
}


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Thomas Mills High School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
TMHS_FILE = "hh1-thomas-mills-high-school-post-ofsted-action-plan.docx"
TMHS_TITLE = "Thomas Mills High School – Post-Ofsted Action Plan 2024–25"
TMHS = [
    {
        "heading": "Priority 1: Curriculum in key stage 3",
        "afi": "In some foundation subjects at key stage 3, leaders have not identified precisely enough "
               "the important knowledge that pupils should learn and the order in which they should learn it. "
               "Leaders should ensure that the curriculum in these subjects is sequenced carefully so that "
               "pupils build their knowledge securely over time.",
        "rows": [
            ("1.1", "Heads of department in geography, history, music and computing to rewrite key stage 3 "
                    "curriculum maps, identifying the core knowledge to be taught in each unit and how it "
                    "builds on prior learning.",
             "Deputy Headteacher (Curriculum)", "Autumn term 2024",
             "Revised curriculum maps published on the school website", "Blue"),
            ("1.2", "Curriculum leaders to carry out paired learning walks and book looks each half term to "
                    "check that the revised sequencing is being taught as intended.",
             "JMA / KLS", "Spring term 2025",
             "Learning walk records; minutes of curriculum leader meetings", "Green"),
            ("1.3", "Report to the Standards and Curriculum Committee on pupils’ recall of key knowledge using "
                    "end-of-unit low-stakes quizzes.",
             "Assistant Headteacher (Teaching and Learning)", "Summer term 2025",
             "Committee minutes; quiz outcome analysis by subject", "Green"),
        ],
    },
    {
        "heading": "Priority 2: Checking pupils’ understanding",
        "afi": "Teachers do not consistently check what pupils have understood before moving on to new content. "
               "As a result, some misconceptions go unaddressed. Leaders should ensure that teachers use "
               "assessment strategies in lessons that identify and correct pupils’ misconceptions promptly.",
        "rows": [
            ("2.1", "Deliver a programme of CPD on responsive teaching and questioning (cold calling, "
                    "mini-whiteboards, hinge questions) for all teaching staff.",
             "Assistant Headteacher (Teaching and Learning)", "By 31 October 2024",
             "CPD calendar and attendance; staff voice survey", "Blue"),
            ("2.2", "Introduce fortnightly instructional coaching for early career teachers and staff identified "
                    "through lesson visits.",
             "ECT Induction Tutor / Lead Practitioners", "Ongoing",
             "Coaching logs; improvement in lesson visit outcomes", "Green"),
            ("2.3", "Quality assure the use of in-lesson assessment through the termly monitoring cycle and feed "
                    "findings back to departments.",
             "Senior Leadership Team", "Termly",
             "Monitoring cycle summaries reported to governors", "Amber"),
        ],
    },
    {
        "heading": "Priority 3: Support for pupils with SEND",
        "afi": "The support for some pupils with special educational needs and/or disabilities (SEND) is not "
               "adapted well enough in lessons. Leaders should ensure that teachers have the information and "
               "training they need to adapt their teaching so that these pupils achieve well.",
        "rows": [
            ("3.1", "Rewrite pupil passports for all pupils on the SEND register so that each sets out no more "
                    "than three practical classroom strategies.",
             "SENCo", "September 2024",
             "Pupil passports on the MIS for every pupil on the register", "Blue"),
            ("3.2", "Run termly SEND briefings in department meetings, with the SENCo modelling adaptations for "
                    "each subject.",
             "SENCo; Heads of Department", "Summer term 2025",
             "Briefing materials; SEND pupil voice; progress of pupils with SEND", "Amber"),
        ],
    },
]


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def build_tmhs(path):
    doc = Document()
    doc.add_heading(TMHS_TITLE, level=0)
    p = doc.add_paragraph("Following the graded inspection of 5–6 March 2024 (report published 18 April 2024). "
                          "Overall effectiveness: Requires improvement.")
    p.runs[0].italic = True

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "4.0"), ("Date of this update", "8 January 2025"),
                 ("Prepared by", "Headteacher and Senior Leadership Team"),
                 ("Monitored by", "Standards and Curriculum Committee (termly)"),
                 ("Next full review", "July 2025")]:
        r = dc.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)

    doc.add_paragraph("")
    key = doc.add_paragraph()
    key.add_run("RAG key: ").bold = True
    key.add_run("Blue = completed; Green = on track; Amber = started but behind schedule; "
                "Red = not started / significant concern")

    headers = ["Area for improvement", "Ref", "Action", "Lead(s)", "Timescale", "Evidence of impact", "RAG"]
    rag_fill = {"Blue": "00B0F0", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    for sec in TMHS:
        doc.add_heading(sec["heading"], level=1)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        first = None
        for ref, action, lead, when, evidence, rag in sec["rows"]:
            cells = t.add_row().cells
            if first is None:
                first = cells[0]
            set_cell(cells[1], ref)
            set_cell(cells[2], action)
            set_cell(cells[3], lead)
            set_cell(cells[4], when)
            set_cell(cells[5], evidence)
            set_cell(cells[6], rag, bold=True)
            shade(cells[6], rag_fill[rag])
        last = t.rows[len(t.rows) - 1].cells[0]
        merged = first.merge(last)
        set_cell(merged, sec["afi"])
        doc.add_paragraph("")

    doc.add_paragraph("Approved by the Full Governing Body on 21 May 2024. Progress is reported to the "
                      "Standards and Curriculum Committee each term; next update to governors March 2025.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 2. Heart of Yorkshire Education Group - Ofsted PIAP (xlsx)
# ---------------------------------------------------------------------------
HOY_FILE = "hh1-heart-of-yorkshire-education-group-ofsted-post-inspection-action-plan.xlsx"
HOY_TITLE = "Heart of Yorkshire Education Group – Post-Inspection Action Plan (PIAP)"
HOY = [
    ("Theme 1: Quality of education – education programmes for young people", [
        ("Leaders should ensure that teachers on education programmes for young people use assessment "
         "effectively to check learners’ understanding and provide helpful feedback so that learners know how "
         "to improve their work.", [
            ("1.1", "Introduce a Group-wide assessment and feedback standard for study programmes, with exemplars "
                    "for each curriculum area.",
             "Vice Principal – Curriculum and Quality", d(2025, 3, 31), None,
             "Standard launched at the April staff development day; exemplars on the staff hub.", "G", "B"),
            ("1.2", "Deliver targeted CPD on feedback for teachers whose learning walks identify assessment as a "
                    "development area.",
             "Heads of Faculty / Teaching and Learning Coaches", d(2025, 4, 30), d(2025, 7, 31),
             "42 of 57 identified teachers have completed the programme; remainder booked for July.", "A", "G"),
            ("1.3", "Sample learners’ work each term through the quality review cycle to confirm feedback is acted "
                    "upon.",
             "Quality Improvement Manager", d(2025, 7, 31), None,
             "Spring sample completed: 81% of work showed learners acting on feedback.", "G", "G"),
        ]),
    ]),
    ("Theme 2: Apprenticeships", [
        ("Leaders and managers should ensure that apprentices’ off-the-job training is planned and coordinated "
         "with employers so that apprentices make the progress of which they are capable, and that they are well "
         "prepared for their end-point assessment.", [
            ("2.1", "Hold three-way progress reviews every 10 weeks with each apprentice and their employer, "
                    "recording agreed off-the-job activities on the e-portfolio.",
             "Director of Apprenticeships", d(2025, 5, 31), None,
             "Review schedule in place; 96% of reviews on time in May.", "G", "B"),
            ("2.2", "Introduce a mock end-point assessment for all apprentices six months before their planned "
                    "gateway.",
             "Apprenticeship Quality Manager", d(2025, 6, 30), d(2025, 10, 31),
             "Mock EPAs running in business and health; engineering and construction from September.", "A", "A"),
            ("2.3", "Review caseloads of skills coaches in construction and engineering so that no coach supports "
                    "more than 45 apprentices.",
             "Director of Apprenticeships / HR Business Partner", d(2025, 7, 31), None,
             "Two skills coach vacancies unfilled after second advert; caseloads still up to 58.", "A", "R"),
        ]),
    ]),
    ("Theme 3: Leadership and management", [
        ("Governors should ensure that they receive sufficiently detailed information about the quality of "
         "apprenticeship provision so that they can hold senior leaders to account for improvements.", [
            ("3.1", "Add an apprenticeship quality dashboard (progress, breaks in learning, timely achievement) "
                    "to every Quality & Standards Committee agenda.",
             "Deputy CEO – Quality", d(2025, 4, 30), None,
             "Dashboard received at the April and June committees.", "G", "B"),
            ("3.2", "Appoint a link governor for apprenticeships and arrange termly visits to apprenticeship "
                    "provision.",
             "Clerk to the Corporation", d(2025, 3, 31), d(2025, 9, 30),
             "Link governor appointed June 2025; first visit booked for September.", "R", "G"),
        ]),
        ("Leaders should ensure that all learners and apprentices receive effective careers advice and guidance "
         "about the full range of options available to them at the end of their course.", [
            ("3.3", "Careers advisers to deliver a one-to-one guidance interview to every second-year learner and "
                    "apprentice before the end of the spring term.",
             "Head of Careers and Student Services", d(2025, 3, 31), d(2025, 5, 31),
             "All second-year learners and 94% of apprentices interviewed by 23 May.", "A", "B"),
        ]),
    ]),
]

RAG_LETTER_FILL = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def build_hoy(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = HOY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted full inspection 11–14 February 2025 | Overall effectiveness: Requires improvement"
    ws["A4"] = "Version history"
    ws["A4"].font = Font(bold=True)
    for c, h in enumerate(["Version", "Date", "Author", "Comments"], 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    rows = [("1.0", d(2025, 5, 2), "Deputy CEO – Quality", "Approved by the Corporation"),
            ("1.2", d(2025, 6, 3), "Quality Improvement Manager", "Progress added for SLT"),
            ("1.3", d(2025, 6, 17), "Quality Improvement Manager",
             "June update for Quality & Standards Committee; revised dates agreed")]
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 60

    ws = wb.create_sheet("PIAP")
    ws.merge_cells("A1:I1")
    ws["A1"] = HOY_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = PatternFill("solid", fgColor=FILL["head"])
    ws.merge_cells("A2:I2")
    ws["A2"] = "Update: June 2025   |   RAG key: B = complete   G = on track   A = at risk of slipping   R = off track"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Area for improvement (from Ofsted report)", "Action", "Responsible",
               "Original target date", "Revised target date", "Progress update – June 2025",
               "Previous RAG", "Current RAG"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=FILL["grey"])
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    for theme, afis in HOY:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor=FILL["pale"])
        r += 1
        for afi, acts in afis:
            top = r
            for ref, action, resp, orig, rev, upd, prev, cur in acts:
                vals = [ref, None, action, resp, orig, rev, upd, prev, cur]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.border = BOX
                    cell.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                for c, v in ((8, prev), (9, cur)):
                    ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor=RAG_LETTER_FILL[v])
                    ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            ws.cell(row=top, column=2, value=afi).alignment = WRAP
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes: Revised target dates were agreed by the Quality & Standards Committee on "
                                   "17 June 2025. Actions rated B are closed at the next committee meeting.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [7, 42, 50, 26, 13, 13, 45, 10, 10]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Summary")
    ws["A1"] = "RAG summary – June 2025"
    ws["A1"].font = Font(bold=True, size=12)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, afis in HOY:
        for _, acts in afis:
            for a in acts:
                counts[a[7]] += 1
    labels = [("B", "Complete"), ("G", "On track"), ("A", "At risk of slipping"), ("R", "Off track")]
    ws.cell(row=3, column=1, value="Current RAG").font = Font(bold=True)
    ws.cell(row=3, column=2, value="Meaning").font = Font(bold=True)
    ws.cell(row=3, column=3, value="Number of actions").font = Font(bold=True)
    for i, (k, lab) in enumerate(labels, 4):
        ws.cell(row=i, column=1, value=k).fill = PatternFill("solid", fgColor=RAG_LETTER_FILL[k])
        ws.cell(row=i, column=2, value=lab)
        ws.cell(row=i, column=3, value=counts[k])
    ws.cell(row=8, column=2, value="Total").font = Font(bold=True)
    ws.cell(row=8, column=3, value=sum(counts.values())).font = Font(bold=True)
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 18
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. University of Suffolk - apprenticeships PIAP (csv export)
# ---------------------------------------------------------------------------
UOS_FILE = "hh1-university-of-suffolk-ofsted-apprenticeships-piap.csv"
UOS_TITLE = "University of Suffolk – Apprenticeship Post-Inspection Action Plan (PIAP)"
UOS_AFI1 = ("Leaders should ensure that they have accurate oversight of apprentices’ progress across all "
            "programmes, so that they can intervene swiftly where apprentices fall behind.")
UOS_AFI2 = ("Leaders and tutors should ensure that the off-the-job training in nursing associate and police "
            "constable degree apprenticeships is planned well with employers, so that apprentices can apply what "
            "they learn at university in the workplace.")
UOS_AFI3 = ("Tutors should ensure that apprentices receive helpful feedback on their written work that identifies "
            "clearly what they need to do to achieve higher grades.")
UOS_AFI4 = ("Leaders should ensure that apprentices develop a secure understanding of the risks of radicalisation "
            "and extremism relevant to their workplace and local area.")
UOS = [
    ("PIAP-01", "Leadership and management", UOS_AFI1,
     "Implement a single monthly apprenticeship progress report drawn from the e-portfolio, reviewed at the "
     "Apprenticeship Quality Board.",
     "Head of Apprenticeships", "31/03/2025", "Complete",
     "First report to AQB on 26 March 2025.\nNow a standing item on every agenda.", "02/10/2025"),
    ("PIAP-02", "Leadership and management", UOS_AFI1,
     "Set RAG thresholds for apprentices who are behind and require course leaders to agree a catch-up plan "
     "within four weeks.\nCatch-up plans to be recorded on the e-portfolio.",
     "Head of Apprenticeships; Course Leaders", "30/06/2025", "Complete",
     "Thresholds agreed in April; 37 catch-up plans recorded to date.", "02/10/2025"),
    ("PIAP-03", "Quality of education", UOS_AFI2,
     "Co-design a placement and off-the-job training calendar with each NHS and police employer partner for the "
     "2025/26 cohorts.",
     "Dr Helen Marsh", "30/09/2025", "On track",
     "Calendars signed off with ESNEFT and the Suffolk Constabulary; West Suffolk NHSFT meeting on 20 October.",
     "09/10/2025"),
    ("PIAP-04", "Quality of education", UOS_AFI2,
     "Introduce joint tripartite review training for university tutors and workplace mentors.",
     "Apprenticeship Quality Lead / Employer Engagement Manager", "31/12/2025", "At risk",
     "Low mentor attendance at the first two sessions; recorded version being produced.", "09/10/2025"),
    ("PIAP-05", "Quality of education", UOS_AFI3,
     "Revise the apprenticeship assessment feedback template to include specific ‘next steps’ linked to the "
     "grading criteria.",
     "Academic Lead for Apprenticeships", "30/04/2025", "Complete",
     "New template in use from trimester 3.", "14/07/2025"),
    ("PIAP-06", "Quality of education", UOS_AFI3,
     "Moderate a 10% sample of marked work each trimester and report findings to the Apprenticeship Quality Board.",
     "Academic Lead for Apprenticeships", "Each trimester", "On track",
     "Trimester 3 moderation complete; report to AQB in October.", "09/10/2025"),
    ("PIAP-07", "Personal development", UOS_AFI4,
     "Embed a Prevent and British values topic into every progress review, with local risk briefings from the "
     "Suffolk Prevent coordinator.",
     "Designated Safeguarding Lead", "31/01/2026", "Not started",
     "", "14/10/2025"),
]
UOS_HEADERS = ["ID", "Inspection theme", "Area for improvement", "Action", "Action owner", "Target date",
               "Status", "Progress notes", "Last updated"]


def csv_field(v):
    if any(ch in v for ch in ',"\n\r'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_uos(path):
    n = len(UOS_HEADERS)
    lines = [
        csv_field(UOS_TITLE) + "," * (n - 1),
        csv_field("Ofsted inspection 21–24 January 2025 (report published 3 March 2025)") + "," * (n - 1),
        csv_field("Exported from the Apprenticeship Quality Tracker on 14/10/2025") + "," * (n - 1),
        "," * (n - 1),
        ",".join(UOS_HEADERS),
    ]
    for row in UOS:
        lines.append(",".join(csv_field(v) for v in row))
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 4. Princess Alexandra Hospital - CQC must do / should do (xlsx, fill RAG)
# ---------------------------------------------------------------------------
PAH_FILE = "hh1-princess-alexandra-hospital-nhs-trust-cqc-must-should-do-action-plan.xlsx"
PAH_TITLE = "The Princess Alexandra Hospital NHS Trust – CQC Must Do and Should Do Action Plan"
PAH_MUST = [
    ("Urgent and emergency care", [
        ("MD1", "The trust must ensure that patients attending the emergency department are triaged within 15 "
                "minutes of arrival, in line with national guidance. (Regulation 12)", [
            ("MD1.1", "Reg 12", "Introduce a streaming and rapid assessment nurse at the front door between 10:00 "
                                "and 02:00, seven days a week.",
             "Divisional Director of Nursing – Urgent Care / ED Matron", d(2025, 5, 31),
             "Rota in place since May 2025; triage within 15 minutes 84% in September (from 61%).", "green"),
            ("MD1.2", "Reg 12", "Report triage times daily at the site safety huddle and weekly to the Urgent Care "
                                "Board.",
             "Chief Operating Officer", "Ongoing – weekly",
             "Triage dashboard live; standing item at Urgent Care Board.", "green"),
        ]),
        ("MD2", "The trust must ensure that staff complete and document risk assessments for patients at risk of "
                "falls, pressure ulcers and malnutrition in the emergency department. (Regulation 12)", [
            ("MD2.1", "Reg 12", "Add mandatory falls, Waterlow and MUST assessments to the ED electronic patient "
                                "record at four hours after arrival.",
             "Chief Nursing Information Officer", d(2025, 6, 30),
             "Went live 16 June 2025.", "blue"),
            ("MD2.2", "Reg 12", "Carry out monthly documentation audits of 20 records and share results at ED "
                                "governance meetings.",
             "ED Matron", d(2025, 12, 31),
             "Compliance 72% in August, 79% in September; target 90%.", "amber"),
        ]),
    ]),
    ("Medical care (including older people’s care)", [
        ("MD3", "The trust must ensure that there are sufficient numbers of suitably qualified, competent and "
                "experienced nursing staff on medical wards to meet patients’ needs. (Regulation 18)", [
            ("MD3.1", "Reg 18", "Complete the bi-annual safer nursing care tool establishment review for all "
                                "medical wards and present to Trust Board.",
             "Chief Nurse", d(2025, 9, 30),
             "Review completed; paper to Trust Board October 2025.", "blue"),
            ("MD3.2", "Reg 18", "Recruit to 38 WTE registered nurse vacancies in medicine, including the "
                                "international recruitment cohort.",
             "Director of People / Divisional Director of Nursing – Medicine", d(2026, 3, 31),
             "24 WTE appointed; 14 WTE in pipeline.", "amber"),
        ]),
        ("MD4", "The trust must ensure that staff follow the Mental Capacity Act 2005 and record mental capacity "
                "assessments and best interest decisions for patients who lack capacity. (Regulation 11)", [
            ("MD4.1", "Reg 11", "Deliver level 2 MCA and DoLS training to all registered staff on medical wards.",
             "Head of Safeguarding Adults", d(2025, 8, 31),
             "Compliance 71% against 90% target; additional dates added for October and November.", "red"),
        ]),
    ]),
]
PAH_SHOULD = [
    ("SD1", "Urgent and emergency care",
     "The trust should ensure that patients’ pain is assessed and pain relief is given in a timely way.",
     "Introduce a patient group direction for nurse-administered analgesia at triage.",
     "ED Consultant Lead / Lead Pharmacist – Urgent Care", d(2025, 7, 31), "PGD approved July 2025.", "blue"),
    ("SD2", "Medical care (including older people’s care)",
     "The trust should ensure that discharge planning starts on admission and patients are kept informed of their "
     "expected date of discharge.",
     "Roll out the ‘Home for lunch’ discharge bundle, including expected date of discharge on patient boards, to "
     "all medical wards.",
     "Deputy Chief Operating Officer", d(2025, 12, 31), "Live on 8 of 11 medical wards.", "green"),
    ("SD3", "Medical care (including older people’s care)",
     "The trust should ensure that mandatory training completion rates for medical staff meet the trust target.",
     "Send monthly compliance reports to clinical directors and link completion to job planning.",
     "Medical Director", d(2026, 3, 31), "Medical staff compliance 81% (target 90%).", "amber"),
]


def build_pah(path):
    wb = Workbook()
    # Summary first
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = PAH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Summary of progress at 30 September 2025 – Quality and Safety Committee, 23 October 2025"
    hdr = ["", "Complete", "On track", "At risk", "Off track", "Total"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    for c, k in zip(range(2, 6), ["blue", "green", "amber", "red"]):
        ws.cell(row=4, column=c).fill = PatternFill("solid", fgColor=FILL[k])

    def count(statuses):
        return [statuses.count(k) for k in ["blue", "green", "amber", "red"]]
    must_st = [a[-1] for _, recs in PAH_MUST for _, _, acts in recs for a in acts]
    should_st = [a[-1] for a in PAH_SHOULD]
    for r, (lab, st) in enumerate([("Must Do actions", must_st), ("Should Do actions", should_st)], 5):
        ws.cell(row=r, column=1, value=lab).border = BOX
        for c, v in enumerate(count(st) + [len(st)], 2):
            ws.cell(row=r, column=c, value=v).border = BOX
    ws.cell(row=7, column=1, value="Total").font = Font(bold=True)
    for c, v in enumerate(count(must_st + should_st) + [len(must_st) + len(should_st)], 2):
        ws.cell(row=7, column=c, value=v).font = Font(bold=True)
    ws.column_dimensions["A"].width = 22

    # Must Do sheet
    ws = wb.create_sheet("Must Do")
    ws.merge_cells("A1:G1")
    ws["A1"] = PAH_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:G2")
    ws["A2"] = ("MUST DO actions – core services inspected: urgent and emergency care; medical care "
                "(report published 14 March 2025)")
    ws.merge_cells("A3:G3")
    ws["A3"] = "Position as at 30 September 2025"
    ws["A3"].font = Font(italic=True)
    headers = ["Ref", "Regulation", "Action to be taken", "Lead(s)", "Due date", "Progress / evidence", "RAG"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=FILL["head"])
        cell.border = BOX
    r = 6
    for service, recs in PAH_MUST:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1, value=service).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor=FILL["grey"])
        r += 1
        for mref, mtext, acts in recs:
            ws.cell(row=r, column=1, value=mref).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.cell(row=r, column=2, value=mtext).font = Font(bold=True)
            ws.cell(row=r, column=2).alignment = WRAP
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor=FILL["pale"])
            ws.cell(row=r, column=2).fill = PatternFill("solid", fgColor=FILL["pale"])
            r += 1
            for ref, reg, action, lead, due, prog, rag in acts:
                for c, v in enumerate([ref, reg, action, lead, due, prog, None], 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.border = BOX
                    cell.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=FILL[rag])
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG is shown by colour only – see the Key sheet.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [8, 11, 55, 34, 12, 48, 8]):
        ws.column_dimensions[col].width = w

    # Should Do sheet
    ws = wb.create_sheet("Should Do")
    ws.merge_cells("A1:H1")
    ws["A1"] = PAH_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:H2")
    ws["A2"] = "SHOULD DO actions"
    ws.merge_cells("A3:H3")
    ws["A3"] = "Position as at 30 September 2025"
    ws["A3"].font = Font(italic=True)
    headers = ["Ref", "Core service", "Should do", "Action to be taken", "Lead(s)", "Due date",
               "Progress / evidence", "RAG"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=FILL["head"])
        cell.border = BOX
    for r, (ref, svc, sd, action, lead, due, prog, rag) in enumerate(PAH_SHOULD, 6):
        for c, v in enumerate([ref, svc, sd, action, lead, due, prog, None], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=FILL[rag])
    for col, w in zip("ABCDEFGH", [8, 22, 45, 50, 34, 12, 40, 8]):
        ws.column_dimensions[col].width = w

    # Key sheet
    ws = wb.create_sheet("Key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    for r, (k, txt) in enumerate([("blue", "Complete – evidence accepted by the Quality and Safety Committee"),
                                  ("green", "On track to meet the due date"),
                                  ("amber", "At risk of not meeting the due date"),
                                  ("red", "Off track / overdue")], 2):
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor=FILL[k])
        ws.cell(row=r, column=2, value=txt)
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 60
    wb.save(path)


# ---------------------------------------------------------------------------
# 5. Ixworth Surgery - CQC inspection action plan (docx, one table, section rows)
# ---------------------------------------------------------------------------
IXW_FILE = "hh1-ixworth-surgery-cqc-inspection-action-plan.docx"
IXW_TITLE = "Ixworth Surgery – CQC Inspection Action Plan"
IXW = [
    ("Regulation 12: Safe care and treatment (Requirement notice)", [
        ("The provider did not have an effective system for the monitoring of patients prescribed high-risk "
         "medicines, including methotrexate and lithium.", [
            ("Run monthly searches for all patients on high-risk medicines and record blood monitoring before each "
             "prescription is issued.", "Dr R Patel (Prescribing Lead)", "31/08/2024", "Completed"),
            ("Clinical pharmacist to audit the high-risk drug monitoring process quarterly and report to the "
             "partners’ meeting.", "Clinical Pharmacist", "Quarterly", "On track"),
        ]),
        ("Safety alerts from the MHRA had not always been acted on and there was no record of the action taken.", [
            ("Set up a shared safety alerts log with a named GP reviewer for each alert and evidence of patient "
             "searches.", "Practice Manager / Dr A Khan", "September 2024", "Completed"),
        ]),
    ]),
    ("Regulation 17: Good governance (Requirement notice)", [
        ("Systems to ensure that staff completed mandatory training, including safeguarding and infection "
         "prevention and control, were not effective.", [
            ("Introduce a training matrix on the staff intranet and block protected learning time each month for "
             "overdue modules.", "Assistant Practice Manager", "31/12/2024 (revised from 31/10/2024)", "Delayed"),
        ]),
        ("Clinical records of new patients were not always summarised in a timely way; there was a backlog of "
         "410 records.", [
            ("Employ a temporary summariser for 12 weeks to clear the backlog, then maintain summarising within four "
             "weeks of registration.", "Practice Manager", "30/11/2024", "On track"),
        ]),
    ]),
    ("Areas where the provider should make improvements", [
        ("Continue to improve the uptake of cervical screening.", [
            ("Offer Saturday morning smear clinics and send text reminders to non-responders.",
             "Nurse Manager", "March 2025", "On track"),
        ]),
        ("Take action to improve patient satisfaction with telephone access.", [
            ("Move to a cloud-based telephone system with call-back and queue position, and review the results of "
             "the next GP Patient Survey.", "Practice Manager; PPG Chair", "July 2025", "Not started"),
        ]),
    ]),
]


def build_ixw(path):
    doc = Document()
    t = doc.add_paragraph()
    run = t.add_run(IXW_TITLE)
    run.bold = True
    run.font.size = Pt(18)
    doc.add_paragraph("Inspection date: 9 July 2024     Report published: 22 August 2024     "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("This action plan sets out how the practice will address the breaches of regulation and the "
                      "areas where CQC said we should improve. It is reviewed at the monthly partners’ meeting and "
                      "shared with the Patient Participation Group (PPG).")
    k = doc.add_paragraph()
    k.add_run("Status key: ").bold = True
    k.add_run("Completed – action finished and evidence filed; On track – due date will be met; "
              "Delayed – revised date agreed by the partners (amber); Not started.")

    headers = ["CQC finding", "Action", "Responsible", "Completion date", "Status"]
    tbl = doc.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    for i, h in enumerate(headers):
        set_cell(tbl.rows[0].cells[i], h, bold=True, size=10)
        shade(tbl.rows[0].cells[i], "B4C6E7")
    status_fill = {"Completed": "9DC3E6", "On track": "A9D08E", "Delayed": "FFD966", "Not started": "FFFFFF"}
    for section, findings in IXW:
        row = tbl.add_row()
        merged = row.cells[0].merge(row.cells[4])
        set_cell(merged, section, bold=True, size=10)
        shade(merged, "E7E6E6")
        for finding, acts in findings:
            first = None
            for action, who, when, status in acts:
                cells = tbl.add_row().cells
                if first is None:
                    first = cells[0]
                set_cell(cells[1], action)
                set_cell(cells[2], who)
                set_cell(cells[3], when)
                set_cell(cells[4], status)
                if status_fill[status] != "FFFFFF":
                    shade(cells[4], status_fill[status])
            last = tbl.rows[len(tbl.rows) - 1].cells[0]
            m = first.merge(last) if last._tc is not first._tc else first
            set_cell(m, finding)
    doc.add_paragraph("")
    doc.add_paragraph("Signed: Dr A Khan, Senior Partner          Date: 5 September 2024")
    doc.add_paragraph("Next review: partners’ meeting, first Tuesday of each month.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Sheffield Health and Social Care - CQC action plan, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
SHSC_FILE = ("hh1-sheffield-health-social-care-nhsft-cqc-acute-wards-must-should-do-action-plan"
             "-typo-month-refuse.xlsx")
SHSC_TITLE = ("CQC Action Plan – Acute Wards for Adults of Working Age and Psychiatric Intensive Care Units")
SHSC = [
    ("1", "Must", "The trust must ensure that ligature risk assessments are reviewed and updated following any "
                  "changes to ward environments. (Reg 12)",
     "Ward managers to review ligature risk assessments after every estates change and at least every six months, "
     "signed off by the Modern Matron.", "Modern Matron – Acute", "Oct-25",
     "All wards reviewed in September; CSPI visit requested.", "Green"),
    ("2", "Must", "The trust must ensure that seclusion is recorded in line with the Mental Health Act Code of "
                  "Practice. (Reg 13)",
     "Introduce an electronic seclusion record with mandatory fields for medical and nursing reviews.",
     "Head of Nursing – Acute & Community / Clinical Director", "Dec-25",
     "Form built in the electronic record; testing on Maple ward.", "Amber"),
    ("3", "Must", "The trust must ensure that staff receive regular clinical supervision. (Reg 18)",
     "Set up a supervision tracker on each ward and report compliance monthly to the Acute Care Quality Group.",
     "Ward Managers", "Febuary 2026",
     "Tracker live on 4 of 6 wards; compliance 68% (target 85%).", "Amber"),
    ("4", "Should", "The trust should ensure that patients have access to a range of therapeutic activities at "
                    "weekends.",
     "Pilot a seven-day activity timetable with weekend occupational therapy assistant cover on two wards.",
     "Occupational Therapy Lead", "Mar-26", "Pilot started on Burbage and Dovedale 2 in October.", "Amber"),
    ("5", "Should", "The trust should ensure that care plans reflect patients’ views and are personalised.",
     "Audit 10 care plans per ward each month using the co-production audit tool.",
     "Patient Safety and Quality Lead", "Sep-25", "Audit embedded; CSPI confirmed June 2025.", "Blue"),
    ("6", "Should", "The trust should ensure that the PICU environment is clean and well maintained.",
     "Complete the PICU refurbishment (bathrooms and de-escalation suite) in the estates capital programme.",
     "Director of Estates and Facilities", "Jan-26", "Contractor delayed; revised programme awaited.", "Red"),
]
SHSC_KEY = [("Red ‘Off Track’", "FF0000"), ("Amber ‘On Track’", "FFC000"), ("Green ‘Complete’", "00B050"),
            ("Blue ‘Complete & CSPI’", "00B0F0")]
SHSC_FIRST_ROW = 7


def build_shsc(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Sheffield Health and Social Care NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = SHSC_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Inspection: 3–5 June 2024 | Report published: 29 August 2024 | "
                "Update for CQC Performance and Oversight Group: November 2025")
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for c, (txt, col) in enumerate(SHSC_KEY, 2):
        cell = ws.cell(row=4, column=c, value=txt)
        cell.fill = PatternFill("solid", fgColor=col)
        cell.font = Font(bold=True)
    headers = ["Action No.", "Must / Should", "CQC Requirement", "Action", "Lead", "Target Date",
               "Progress Update", "RAG"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=FILL["grey"])
        cell.border = BOX
    colmap = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "00B0F0"}
    for r, row in enumerate(SHSC, SHSC_FIRST_ROW):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=colmap[row[7]])
    r = SHSC_FIRST_ROW + len(SHSC) + 1
    ws.cell(row=r, column=1, value="Actions turn blue only once a Care Standards Peer Inspection (CSPI) has "
                                   "confirmed the change is embedded in practice.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [10, 10, 45, 50, 30, 13, 40, 20]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Summary")
    ws["A1"] = "Summary – Acute and PICU core service action plan"
    ws["A1"].font = Font(bold=True)
    for c, h in enumerate(["RAG", "Must", "Should", "Total"], 1):
        ws.cell(row=3, column=c, value=h).font = Font(bold=True)
    for r, rag in enumerate(["Red", "Amber", "Green", "Blue"], 4):
        must = sum(1 for x in SHSC if x[1] == "Must" and x[7] == rag)
        should = sum(1 for x in SHSC if x[1] == "Should" and x[7] == rag)
        ws.cell(row=r, column=1, value=rag).fill = PatternFill("solid", fgColor=colmap[rag])
        ws.cell(row=r, column=2, value=must)
        ws.cell(row=r, column=3, value=should)
        ws.cell(row=r, column=4, value=must + should)
    ws.cell(row=8, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=8, column=4, value=len(SHSC)).font = Font(bold=True)
    wb.save(path)


# ---------------------------------------------------------------------------
# 7. Gambling Commission - ARC internal audit tracker (tab-separated txt)
# ---------------------------------------------------------------------------
GC_FILE = "hh1-gambling-commission-arc-internal-audit-recommendations-tracker.txt"
GC_TITLE = "Gambling Commission – Internal audit recommendations tracker"
GC = [
    ("Cyber security governance – GIAA, Limited assurance (July 2025)", [
        ("CS1", "High", "The Commission should maintain a complete and up-to-date register of information assets, "
                        "with a named owner for each.",
         "Compile an information asset register covering all systems and shared drives, and confirm an information "
         "asset owner for each asset.",
         "Chief Technology Officer; Head of Information Security", "30/09/2025", "31/03/2026", "Amber",
         "Register 80% complete; assets in the licensing systems to be added after the platform migration."),
        ("CS2", "Medium", "The Commission should test its cyber incident response plan at least annually.",
         "Run a tabletop cyber incident exercise with the Executive Team and record lessons learned.",
         "Head of Information Security", "31/10/2025", "", "Complete",
         "Exercise held 14 October 2025; lessons log agreed by the Executive Team."),
    ]),
    ("Licence fee income – GIAA, Moderate assurance (March 2025)", [
        ("LF1", "Medium", "The Commission should reconcile licence fee income recorded in the licensing system to "
                          "the general ledger each month.",
         "Introduce a monthly reconciliation signed off by the Financial Controller.",
         "Financial Controller", "30/06/2025", "", "Complete",
         "Monthly reconciliations in place from June 2025; verified by GIAA follow-up."),
        ("LF2", "Low", "The Commission should review the process for chasing overdue annual fees.",
         "Update the debt recovery procedure and automate reminder letters at 14 and 28 days.",
         "Head of Licensing Operations", "31/01/2026", "", "Green",
         "Automated reminders in user testing; go-live planned for January 2026."),
    ]),
    ("Workforce planning – GIAA, Limited assurance (September 2025)", [
        ("WP1", "High", "The Commission should develop a strategic workforce plan aligned to the Corporate Strategy "
                        "2024 to 2027.",
         "Draft a strategic workforce plan for approval by the Executive Team and the Board.",
         "Executive Director of People and Culture", "31/12/2025", "", "Red",
         "Draft delayed by the restructure of the People team; now expected at the March 2026 Board."),
        ("WP2", "Medium", "The Commission should monitor the completion of mandatory training.",
         "Report mandatory training completion by directorate to the Executive Team each quarter.",
         "Head of HR Operations", "Quarterly", "", "Green",
         "First quarterly report to the Executive Team in November 2025."),
    ]),
    ("Procurement and contract management – GIAA, Moderate assurance (November 2024)", [
        ("PC1", "Medium", "The Commission should maintain a contracts register that is complete and published in "
                          "line with transparency requirements.",
         "Check the contracts register against purchase orders and publish quarterly contract data on GOV.UK.",
         "Head of Commercial", "31/03/2025", "30/09/2025", "Complete",
         "Register cleansed and Q2 data published; closed by GIAA in October 2025."),
        ("PC2", "Low", "The Commission should ensure that contract managers receive appropriate training.",
         "Enrol all named contract managers on the Government Commercial College contract management foundation "
         "course.",
         "Head of Commercial / Directors", "30/06/2025", "28/02/2026", "Amber",
         "11 of 16 contract managers accredited; remaining five booked for January and February."),
    ]),
]
GC_HEADERS = ["Ref", "Priority", "Recommendation", "Management action", "Action owner", "Original date",
              "Revised date", "Status", "Update"]


def build_gc(path):
    n = len(GC_HEADERS)
    lines = [
        GC_TITLE,
        "Audit and Risk Committee, 22 January 2026 – position at 31 December 2025",
        "Status key: Complete = implemented and evidence verified by internal audit; Green = on track for the "
        "agreed date; Amber = revised date agreed; Red = overdue",
        "",
        "\t".join(GC_HEADERS),
    ]
    counts = {}
    for audit, recs in GC:
        lines.append(audit + "\t" * (n - 1))
        for rec in recs:
            assert not any("\t" in x or "\n" in x for x in rec)
            lines.append("\t".join(rec))
            counts[rec[7]] = counts.get(rec[7], 0) + 1
    total = sum(counts.values())
    lines += [
        "",
        f"Summary: {total} actions – Complete {counts['Complete']}, Green {counts['Green']}, "
        f"Amber {counts['Amber']}, Red {counts['Red']}",
        "Prepared by: Governance and Risk Team",
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    build_tmhs(os.path.join(HERE, TMHS_FILE))
    build_hoy(os.path.join(HERE, HOY_FILE))
    build_uos(os.path.join(HERE, UOS_FILE))
    build_pah(os.path.join(HERE, PAH_FILE))
    build_ixw(os.path.join(HERE, IXW_FILE))
    build_shsc(os.path.join(HERE, SHSC_FILE))
    build_gc(os.path.join(HERE, GC_FILE))


if __name__ == "__main__":
    main()
