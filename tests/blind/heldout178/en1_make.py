# Builds the seven en1- blind cases (data files and their expected readings).
# Run with /work/main/.venv/bin/python en1_make.py from any directory.
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": "4F81BD", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "grey": "D9D9D9", "navy": "1F3864", "pale": "DEEAF6", "lilac": "E4DFEC",
}


def D(y, m, d):
    return dt.datetime(y, m, d)


def write_expected(name, data):
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, fill=None, white=False):
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if white:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    if fill:
        shade(cell, fill)


def header_row(table, labels, fill=FILL["navy"]):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True, fill=fill, white=True)


# ---------------------------------------------------------------- xlsx helpers
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def put(ws, row, col, value, bold=False, fill=None, fmt=None, wrap=True, border=True, white=False):
    c = ws.cell(row=row, column=col, value=value)
    if bold or white:
        c.font = Font(bold=bold, color="FFFFFF" if white else None)
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    if fmt:
        c.number_format = fmt
    if wrap:
        c.alignment = WRAP
    if border:
        c.border = BOX
    return c


# =====================================================================
# 1. School (docx): The Mayfield School post-Ofsted action plan
# =====================================================================
def make_mayfield():
    name = "en1-the-mayfield-school-post-ofsted-action-plan.docx"
    title = "The Mayfield School – Post-Ofsted Action Plan 2024–25"
    doc = Document()
    doc.add_heading(title, level=0)
    doc.add_paragraph("Inspection: 5 and 6 March 2024   |   Overall effectiveness: Requires improvement   |   "
                      "Plan approved by the Local Governing Body on 25 April 2024")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Changes", "Author"])
    for r, row in enumerate([
        ["1.0", "22/04/2024", "First draft for LGB", "Headteacher"],
        ["1.1", "09/09/2024", "Progress and RAG updated for autumn term", "Deputy Headteacher (Quality of Education)"],
    ], start=1):
        for c, v in enumerate(row):
            set_cell(t.rows[r].cells[c], v)

    doc.add_paragraph("")
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("R – not started or off track;  A – under way and on track;  G – completed, impact seen in "
              "monitoring.  RAG ratings below are as at the LGB meeting of 1 October 2024.")

    U1 = "Priority 1: Curriculum and assessment"
    R1 = ("Leaders should ensure that the curriculum in key stage 3 is implemented consistently across all "
          "subjects, and that teachers check pupils’ understanding carefully so that misconceptions are addressed.")
    U2 = "Priority 2: Reading"
    R2 = ("Leaders should make sure that pupils who are at an early stage of learning to read receive the support "
          "they need to catch up quickly.")
    U3 = "Priority 3: Attendance"
    R3 = ("Leaders should continue to take effective action to reduce persistent absence, particularly for "
          "disadvantaged pupils and pupils with special educational needs and/or disabilities (SEND).")

    # ref, action, lead cell, lead list, when, end, end_text, success, rag, status
    sections = [
        (U1, R1, [
            ("1.1", "Complete a review of key stage 3 curriculum plans in every subject, identifying the most "
                    "important knowledge pupils must remember.",
             "DHT (Quality of Education)", ["DHT (Quality of Education)"], "Summer term 2024", "2024-07", None,
             "All KS3 plans quality assured by SLT; gaps fed back to subject leaders", "G", "blue"),
            ("1.2", "Deliver a CPD programme on checking for understanding (mini-whiteboards, cold calling, hinge "
                    "questions) for all teaching staff.",
             "AHT (Teaching and Learning) / Lead Practitioners", ["AHT (Teaching and Learning)", "Lead Practitioners"],
             "Autumn term 2024", "2024-12", None,
             "Drop-ins show checking for understanding in 80% of lessons", "A", "amber"),
            ("1.3", "Introduce subject deep dives each half term, with SLT and link governor visits, to check that "
                    "the curriculum is being implemented as intended.",
             "Headteacher; Chair of Curriculum Committee", ["Headteacher", "Chair of Curriculum Committee"],
             "Termly", None, "Termly",
             "Deep dive reports to LGB each term", "A", "amber"),
            ("1.4", "Redesign KS3 assessment so that end-of-unit checks test the core knowledge set out in "
                    "curriculum plans.\nAnalyse results centrally after each assessment window.",
             "DHT (Quality of Education)", ["DHT (Quality of Education)"], "Spring term 2025", "2025-04", None,
             "New assessments in place in all subjects; results used in department reviews", "R", "red"),
        ]),
        (U2, R2, [
            ("2.1", "Screen all Year 7 and Year 8 pupils using the NGRT reading test and identify pupils reading "
                    "significantly below their chronological age.",
             "Reading Lead", ["Reading Lead"], "October 2024", "2024-10", None,
             "Reading ages known for every pupil; intervention groups set", "G", "blue"),
            ("2.2", "Train four teaching assistants to deliver a phonics-based reading intervention to the weakest "
                    "readers, with weekly sessions timetabled.",
             "Reading Lead and SENCo", ["Reading Lead", "SENCo"], "By 20 December 2024", "2024-12", None,
             "Intervention pupils’ reading ages improve by at least 12 months in two terms", "A", "amber"),
            ("2.3", "Launch a tutor-time reading programme for Years 7–9, with a shared class text each half term.",
             "AHT (Personal Development)", ["AHT (Personal Development)"], "January 2025", "2025-01", None,
             "Programme running in all tutor groups; pupil voice positive", "R", "red"),
        ]),
        (U3, R3, [
            ("3.1", "Appoint an Attendance Officer and introduce first-day calling and home visits for pupils on "
                    "the persistent absence list.",
             "Business Manager & DHT (Behaviour and Attendance)",
             ["Business Manager", "DHT (Behaviour and Attendance)"], "Summer term 2024", "2024-07", None,
             "Officer in post; PA for disadvantaged pupils below 25%", "G", "blue"),
            ("3.2", "Hold fortnightly attendance panels with the Education Welfare Service for pupils below 90% "
                    "attendance, using attendance contracts where appropriate.",
             "DHT (Behaviour and Attendance)", ["DHT (Behaviour and Attendance)"], "Ongoing", None, "Ongoing",
             "Attendance of pupils with SEND in line with national", "A", "amber"),
        ]),
    ]
    actions = []
    for heading, rec, rows in sections:
        doc.add_heading(heading, level=1)
        p = doc.add_paragraph()
        p.add_run("What the school needs to do to improve (Ofsted report):").bold = True
        q = doc.add_paragraph(rec)
        q.runs[0].italic = True
        t = doc.add_table(rows=1 + len(rows), cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead", "By when", "Monitoring / success criteria", "RAG"])
        for i, (ref, text, leadcell, leads, when, end, end_text, succ, rag, status) in enumerate(rows, start=1):
            cells = t.rows[i].cells
            set_cell(cells[0], ref)
            set_cell(cells[1], text)
            set_cell(cells[2], leadcell)
            set_cell(cells[3], when)
            set_cell(cells[4], succ)
            set_cell(cells[5], rag, bold=True, fill=FILL[rag])
            actions.append(act(ref, [heading, rec], text, leads, end, status, end_text))
        doc.add_paragraph("")

    doc.add_paragraph("Next review of this plan: Local Governing Body, 4 February 2025.")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Role", "Name", "Date"])
    for c, v in enumerate(["Chair of the Local Governing Body", "Mrs P. Okonkwo", "25/04/2024"]):
        set_cell(t.rows[1].cells[c], v)
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a secondary school's post-Ofsted (Requires improvement) action plan of the kind English "
                  "schools publish for governors, 2024–25 (The Mayfield School, Portsmouth, as the body; content "
                  "invented). Copied features: title heading with an inspection line, a document-control table, a "
                  "RAG key in which G means completed, one Word section per Ofsted priority (heading, a bold label, "
                  "the inspectors' text in italics, then a table), fill-coloured RAG cells, school-term timescales, "
                  "several leads in one cell, job titles as leads, and a sign-off table.",
        "reads": "Three priorities, each a heading followed by what Ofsted said the school must do and a table of "
                 "numbered actions (nine in all) with lead, timescale, success criteria and RAG letter. The key says "
                 "G = completed, so G actions are complete; the document-control and sign-off tables are not the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# =====================================================================
# 2. College (xlsx): Tameside College SAR quality improvement plan
# =====================================================================
def make_tameside():
    name = "en1-tameside-college-sar-quality-improvement-plan.xlsx"
    title = "Tameside College – Quality Improvement Plan 2024/25"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "Arising from the Self-Assessment Report 2023/24"
    cv["A2"].font = Font(italic=True)
    rows = [("Plan owner", "Vice Principal Curriculum and Quality"),
            ("Approved by", "Quality and Standards Committee, 12 November 2024"),
            ("Version", "3 (February 2025 update)"),
            ("Next review", "Corporation, 25 March 2025"),
            ("Distribution", "SLT, Heads of Faculty, Quality and Standards Committee")]
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate(rows, start=5):
        put(cv, i, 1, k, bold=True, fill=FILL["pale"])
        put(cv, i, 2, v)
    cv.column_dimensions["A"].width = 18
    cv.column_dimensions["B"].width = 60

    ws = wb.create_sheet("QIP 2024-25")
    heads = ["Ref", "Area for improvement (SAR 2023/24)", "Action", "Lead", "Target date", "Revised date",
             "Progress update – February 2025", "RAG Nov-24", "RAG Feb-25"]
    ws.merge_cells("A1:I1")
    ws["A1"] = "Quality Improvement Plan 2024/25 – progress at February 2025"
    ws["A1"].font = Font(bold=True, size=13)
    for c, h in enumerate(heads, start=1):
        put(ws, 3, c, h, bold=True, fill=FILL["navy"], white=True)
    widths = [7, 38, 55, 30, 12, 12, 50, 10, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w

    T1 = "Theme 1: Quality of education – 16 to 18 study programmes"
    T2 = "Theme 2: Apprenticeships"
    T3 = "Theme 3: Leadership and management"
    A11 = ("Too few learners on level 2 vocational programmes achieve their qualifications, particularly in "
           "construction and motor vehicle.")
    A12 = "Learners’ attendance at English and maths GCSE resit lessons is too low."
    A21 = ("Too many apprentices are past their planned end date, and off-the-job training records are not kept "
           "up to date.")
    A22 = "Employers are not involved enough in planning and reviewing apprentices’ progress."
    A31 = "Governors do not receive sufficiently detailed information about the quality of apprenticeships."
    DF = "dd/mm/yyyy"
    # (ref, action, leadcell, leads, target, revised, progress, prev, cur, cur_text_present, end, end_text, status)
    plan = [
        (T1, [
            (A11, [
                ("1.1", "Introduce monthly progress reviews for all level 2 construction and motor vehicle learners, "
                        "with tutors setting SMART targets in ProMonitor.",
                 "Head of Construction & Engineering", ["Head of Construction & Engineering"],
                 D(2024, 12, 20), None, "Reviews running monthly since October; 94% of learners have current targets.",
                 "A", "G", True, "2024-12", None, "green"),
                ("1.2", "Recruit two additional workshop technicians to increase practical assessment capacity in "
                        "motor vehicle.",
                 "Head of Construction & Engineering; HR Business Partner",
                 ["Head of Construction & Engineering", "HR Business Partner"],
                 D(2024, 10, 31), D(2025, 1, 31), "Both technicians started 13 January 2025.",
                 "R", "B", True, "2025-01", None, "blue"),
            ]),
            (A12, [
                ("1.3", "Timetable English and maths resit lessons within vocational areas’ own timetable blocks "
                        "rather than as stand-alone sessions.",
                 "Director of English and Maths", ["Director of English and Maths"],
                 D(2024, 9, 2), None, "Complete for September 2024 enrolment.",
                 "G", "B", True, "2024-09", None, "blue"),
                ("1.4", "Follow up every absence from English and maths lessons on the same day through the Learner "
                        "Services attendance team, with contact with parents and carers after two absences.",
                 "Head of Learner Services", ["Head of Learner Services"],
                 "Ongoing", None, "Same-day follow-up at 88%; attendance 79% (target 85%).",
                 "A", "A", True, None, "Ongoing", "amber"),
                ("1.5", "Pilot attendance incentives (travel passes, breakfast vouchers) for learners with attendance "
                        "below 80%.",
                 "Head of Learner Services / Finance Manager", ["Head of Learner Services", "Finance Manager"],
                 D(2025, 3, 31), None, "New action added February 2025. Pilot groups identified in Health and Care.",
                 None, "A", False, "2025-03", None, "amber"),
            ]),
        ]),
        (T2, [
            (A21, [
                ("2.1", "Review every apprentice who is past their planned end date and agree a completion plan with "
                        "the employer.",
                 "Head of Apprenticeships", ["Head of Apprenticeships"],
                 D(2024, 12, 13), None, "All 61 reviewed; 38 completion plans signed by employers.",
                 "A", "G", True, "2024-12", None, "green"),
                ("2.2", "Move off-the-job hours recording into the e-portfolio so that hours are logged by apprentices "
                        "and checked monthly by skills coaches.",
                 "Apprenticeship Operations Manager", ["Apprenticeship Operations Manager"],
                 D(2025, 2, 28), D(2025, 5, 30),
                 "Supplier configuration delayed; go-live now planned for May.",
                 "G", "R", True, "2025-05", None, "red"),
            ]),
            (A22, [
                ("2.3", "Hold tripartite progress reviews every 10 weeks with the employer present, and record the "
                        "employer’s comments on the review form.",
                 "Skills Coach Team Leaders", ["Skills Coach Team Leaders"],
                 D(2025, 1, 31), None, "Employer attendance at reviews 71% in January.",
                 "A", "A", True, "2025-01", None, "amber"),
            ]),
        ]),
        (T3, [
            (A31, [
                ("3.1", "Add an apprenticeship quality dashboard (achievement, timeliness, off-the-job hours, breaks in "
                        "learning) to every Quality and Standards Committee agenda.",
                 "VP Curriculum and Quality", ["VP Curriculum and Quality"],
                 D(2024, 11, 12), None, "First dashboard presented 12 November 2024.",
                 "G", "B", True, "2024-11", None, "blue"),
                ("3.2", "Appoint a link governor for apprenticeships and schedule two learning walks with the link "
                        "governor each year.",
                 "Clerk to the Corporation / VP Curriculum and Quality",
                 ["Clerk to the Corporation", "VP Curriculum and Quality"],
                 "July 2025", None, "Link governor appointed; first learning walk 6 March 2025.",
                 "A", "G", True, "2025-07", None, "green"),
            ]),
        ]),
    ]
    r = 4
    actions = []
    for theme, afis in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        put(ws, r, 1, theme, bold=True, fill=FILL["lilac"])
        r += 1
        for afi, rows in afis:
            first = r
            for (ref, text, leadcell, leads, target, revised, prog, prev, cur, curtxt, end, end_text, status) in rows:
                put(ws, r, 1, ref)
                put(ws, r, 2, afi if r == first else None)
                put(ws, r, 3, text)
                put(ws, r, 4, leadcell)
                put(ws, r, 5, target, fmt=DF if isinstance(target, dt.datetime) else None)
                put(ws, r, 6, revised, fmt=DF if revised else None)
                put(ws, r, 7, prog)
                put(ws, r, 8, prev, fill=FILL[prev] if prev else None)
                put(ws, r, 9, cur if curtxt else None, fill=FILL[cur])
                ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
                actions.append(act(ref, [theme, afi], text, leads, end, status, end_text))
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    put(ws, r, 2, "RAG summary (Feb-25)", bold=True, border=False)
    counts = {}
    for a in actions:
        counts[a["status"]] = counts.get(a["status"], 0) + 1
    for lab, key in [("Complete (B)", "blue"), ("On track (G)", "green"), ("Some slippage (A)", "amber"),
                     ("Off track (R)", "red")]:
        r += 1
        put(ws, r, 2, lab)
        put(ws, r, 3, counts.get(key, 0))
    r += 1
    put(ws, r, 2, "Total actions", bold=True)
    put(ws, r, 3, len(actions), bold=True)
    ws.freeze_panes = "A4"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete – action delivered and impact evidenced"),
                                ("G", "On track to be delivered by the target date"),
                                ("A", "Some slippage – recovery action in place"),
                                ("R", "Off track – escalate to SLT")], start=2):
        put(key, i, 1, k, bold=True, fill=FILL[k])
        put(key, i, 2, v)
    key.column_dimensions["B"].width = 55
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates an English FE college's quality improvement plan (QIP) drawn from its self-assessment report "
                  "and reported to the governors' Quality and Standards Committee, 2024/25 (Tameside College as the "
                  "body; content invented). Copied features: a cover sheet with a document-control block, theme rows "
                  "merged across the sheet, the SAR area for improvement merged down beside its actions, target and "
                  "revised dates, a progress column, previous and current RAG columns with fill colour (one current "
                  "RAG given only by fill), a RAG summary block under the plan, and a separate RAG key sheet.",
        "reads": "Three themes, each with one or two SAR areas for improvement and numbered actions (ten in all) with "
                 "lead, target and revised dates, progress and RAG for November and February. The February RAG is the "
                 "status; where a revised date is given it is the end. The summary block and key are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# =====================================================================
# 3. Apprenticeship provider (xlsx): Lifetime Training PIAP
# =====================================================================
def make_lifetime():
    name = "en1-lifetime-training-ofsted-apprenticeships-post-inspection-action-plan.xlsx"
    title = "Lifetime Training – Post Inspection Action Plan (PIAP)"
    status_fill = {"Complete": FILL["B"], "On track": FILL["G"], "Slipping": FILL["A"], "Off track": FILL["R"]}
    status_read = {"Complete": "blue", "On track": "green", "Slipping": "amber", "Off track": "red"}
    P1 = ("1. Leaders and managers should ensure that trainers use the information they gather about apprentices’ "
          "starting points to plan training that builds on what apprentices already know and can do.")
    P2 = ("2. Leaders should make sure that apprentices receive useful feedback on their work so that they know "
          "what they need to do to improve.")
    P3 = ("3. Leaders should ensure that apprentices are well prepared for their end-point assessment and that more "
          "of them achieve high grades.")
    DF = "dd/mm/yyyy"
    plan = [
        (P1, [
            ("1a", "Revise the initial skills scan for each standard so that it covers the knowledge, skills and "
                   "behaviours in the standard, and train all trainers to use it.",
             "Head of Curriculum", ["Head of Curriculum"], D(2024, 3, 29), "2024-03", None,
             "Skills scans updated for all 14 standards", "All trainers trained by 22 March.", "Complete"),
            ("1b", "Trainers to record how starting points have changed each apprentice’s individual learning plan "
                   "(ILP), including any reduction in duration and off-the-job hours.",
             "Regional Delivery Managers", ["Regional Delivery Managers"], "End of April 2024", "2024-04", None,
             "ILP audit shows adjustments recorded", "New ILP template in use for all starts from 1 April.",
             "Complete"),
            ("1c", "Quality team to sample 10% of new starts each month to check that ILPs reflect starting points; "
                   "feed findings back at delivery team meetings.",
             "Quality Manager", ["Quality Manager"], "Ongoing – reviewed monthly", None,
             "Ongoing – reviewed monthly", "Sample compliance above 90%", "April sample: 87% compliant.",
             "On track"),
        ]),
        (P2, [
            ("2a", "Introduce a feedback standard for written and practical work (what went well, even better if, next "
                   "step) and share exemplars with all trainers.",
             "Head of Quality; Lead Trainer (Hospitality)", ["Head of Quality", "Lead Trainer (Hospitality)"],
             D(2024, 4, 19), "2024-04", None, "Standard published on the staff hub",
             "Launched at trainer conference 18 April.", "Complete"),
            ("2b", "Include quality of feedback as a focus in every observation of teaching, learning and assessment "
                   "(OTLA) from May 2024, with follow-up coaching for trainers who need support.",
             "Quality Manager", ["Quality Manager"], "Q2 2024/25", "2024-09", None,
             "OTLA records show feedback judged effective in 85% of sessions", "OTLA form updated; 12 done.",
             "On track"),
        ]),
        (P3, [
            ("3a", "Hold an EPA readiness review with each apprentice and employer three months before gateway, using "
                   "a mock professional discussion.",
             "Regional Delivery Managers / EPA Coordinator", ["Regional Delivery Managers", "EPA Coordinator"],
             D(2024, 7, 31), "2024-07", None, "All apprentices due for gateway have had a review",
             "Reviews in place in hospitality; retail and business admin teams not yet started.", "Slipping"),
            ("3b", "Build a bank of mock EPA questions for the Hospitality Team Member and Commis Chef standards.",
             "Lead Trainer (Hospitality)", ["Lead Trainer (Hospitality)"], D(2024, 6, 28), "2024-06", None,
             "Question bank available on the e-portfolio", "Lead Trainer on long-term absence; reallocating.",
             "Off track"),
            ("3c", "Report EPA pass and distinction rates by standard to the board each quarter.",
             "Director of Quality", ["Director of Quality"], "Quarterly", None, "Quarterly",
             "Board minutes", "First report to June board.", "On track"),
        ]),
    ]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=15)
    sm["A2"] = "Ofsted inspection 16–19 January 2024 – Overall effectiveness: Requires improvement"
    sm["A3"] = "Update for the Quality Board, 14 May 2024"
    heads = ["Improvement area", "Actions", "Complete", "On track", "Slipping", "Off track"]
    for c, h in enumerate(heads, start=1):
        put(sm, 5, c, h, bold=True, fill=FILL["navy"], white=True)
    tot = [0, 0, 0, 0, 0]
    r = 6
    for i, (point, rows) in enumerate(plan, start=1):
        sts = [x[-1] for x in rows]
        vals = [len(rows), sts.count("Complete"), sts.count("On track"), sts.count("Slipping"), sts.count("Off track")]
        put(sm, r, 1, f"Area {i}")
        for c, v in enumerate(vals, start=2):
            put(sm, r, c, v)
            tot[c - 2] += v
        r += 1
    put(sm, r, 1, "Total", bold=True)
    for c, v in enumerate(tot, start=2):
        put(sm, r, c, v, bold=True)
    r += 2
    put(sm, r, 1, "Status key", bold=True, border=False)
    for lab, desc in [("Complete", "Action completed and evidence filed"),
                      ("On track", "Will be completed by the deadline"),
                      ("Slipping", "Behind plan but recoverable (amber)"),
                      ("Off track", "Will not meet deadline – escalated to Quality Board")]:
        r += 1
        put(sm, r, 1, lab, fill=status_fill[lab])
        put(sm, r, 2, desc)
        sm.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    sm.column_dimensions["A"].width = 22
    sm.column_dimensions["B"].width = 12

    ws = wb.create_sheet("PIAP")
    heads = ["No.", "What the provider needs to do to improve / Action", "Responsible", "Deadline",
             "Evidence / impact measure", "Update May 2024", "Status"]
    for c, h in enumerate(heads, start=1):
        put(ws, 1, c, h, bold=True, fill=FILL["navy"], white=True)
    for i, w in enumerate([6, 60, 30, 16, 36, 40, 12]):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    r = 2
    actions = []
    for point, rows in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        put(ws, r, 1, point, bold=True, fill=FILL["grey"])
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, text, leadcell, leads, deadline, end, end_text, evid, upd, status in rows:
            put(ws, r, 1, ref)
            put(ws, r, 2, text)
            put(ws, r, 3, leadcell)
            put(ws, r, 4, deadline, fmt=DF if isinstance(deadline, dt.datetime) else None)
            put(ws, r, 5, evid)
            put(ws, r, 6, upd)
            put(ws, r, 7, status, fill=status_fill[status])
            actions.append(act(ref, [point], text, leads, end, status_read[status], end_text))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: updates are provided by action owners and reviewed at the monthly Quality "
                                   "Board. Evidence is held in the PIAP folder on SharePoint.")
    ws.freeze_panes = "A2"
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates an independent training provider's Ofsted post-inspection action plan for apprenticeships, "
                  "2024 (Lifetime Training as the body; content invented). Copied features: a summary sheet first with "
                  "title lines, a counts-by-status table with a total row and a status key with fill colours (Slipping "
                  "= amber); a PIAP sheet with each Ofsted 'what the provider needs to do to improve' point as a merged "
                  "grey row and lettered actions under it, mixed date and text deadlines (financial quarter, "
                  "'End of April 2024', Quarterly, Ongoing), two leads in a cell, and a notes line.",
        "reads": "Three Ofsted improvement points, each a merged row, with eight lettered actions (1a–3c) giving "
                 "responsible post, deadline, evidence, an update and a status word. Statuses are read by the key: "
                 "Complete, On track, Slipping (amber), Off track (red). The summary sheet only counts the actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# =====================================================================
# 4. Acute hospital (xlsx): HUTH CQC must do / should do
# =====================================================================
def make_huth():
    name = "en1-hull-university-teaching-hospitals-cqc-must-should-do-action-plan.xlsx"
    title = "Hull University Teaching Hospitals NHS Trust – CQC Must Do and Should Do Action Plan"
    UEC = "Urgent and emergency care"
    MED = "Medical care (including older people’s care)"
    DF = "dd-mmm-yy"
    must = [
        ("MD1", UEC, "Regulation 12", "The trust must ensure that patients in the emergency department receive a "
                                      "timely initial assessment and are triaged within 15 minutes of arrival.", [
            ("MD1.1", "Implement streaming at the front door by a senior nurse 08:00–02:00, seven days a week.",
             "Divisional Director of Nursing (Emergency Medicine)",
             ["Divisional Director of Nursing (Emergency Medicine)"], D(2023, 9, 30), None,
             "Streaming nurse rostered on every shift since 4 September; audit shows 91% triaged within 15 minutes.",
             "B", "2023-09", None, "blue"),
            ("MD1.2", "Install an electronic triage timer on the ED dashboard with escalation to the Nurse in Charge "
                      "when any patient waits longer than 15 minutes.",
             "Head of Digital Clinical Systems / ED Matron", ["Head of Digital Clinical Systems", "ED Matron"],
             D(2023, 12, 31), D(2024, 3, 31),
             "Build complete; testing delayed by Lorenzo upgrade. Go-live revised to March 2024.",
             "A", "2024-03", None, "amber"),
        ]),
        ("MD2", UEC, "Regulation 18", "The trust must ensure that there are sufficient numbers of suitably qualified "
                                      "paediatric nurses on duty in the emergency department at all times.", [
            ("MD2.1", "Complete a paediatric ED nursing establishment review using the BEST tool and present it to the "
                      "Nursing and Midwifery Workforce Group.",
             "Deputy Chief Nurse", ["Deputy Chief Nurse"], D(2023, 10, 31), None,
             "Review approved October 2023; 4.6 WTE RN (Child) added to establishment.", "B", "2023-10", None, "blue"),
            ("MD2.2", "Run a targeted recruitment campaign for registered children’s nurses, with a rolling programme "
                      "of EPALS training for adult-trained ED nurses.",
             "Deputy Chief Nurse; ED Clinical Educator", ["Deputy Chief Nurse", "ED Clinical Educator"],
             D(2024, 6, 30), None, "3 RN (Child) appointed, 2 in pipeline. 64% of ED nurses EPALS trained.",
             "G", "2024-06", None, "green"),
        ]),
        ("MD3", MED, "Regulation 12", "The trust must ensure that risk assessments for falls, pressure ulcers and "
                                      "nutrition are completed and reviewed in line with trust policy.", [
            ("MD3.1", "Add mandatory risk assessment prompts to the admission documentation for all medical wards:\n"
                      "• falls (multifactorial)\n• Waterlow\n• MUST nutrition screening",
             "Chief Nursing Information Officer", ["Chief Nursing Information Officer"], D(2024, 1, 31), None,
             "Live on all medical wards from 22 January 2024.", "B", "2024-01", None, "blue"),
            ("MD3.2", "Weekly ward-level documentation audits by ward managers, with results reported through the "
                      "Medicine Health Group Quality Board.",
             "Ward Managers / Matrons (Medicine)", ["Ward Managers", "Matrons (Medicine)"], "Ongoing", None,
             "Compliance 86% in February (target 95%).", "G", None, "Ongoing", "green"),
        ]),
        ("MD4", MED, "Regulation 17", "The trust must ensure that mandatory training compliance for medical staff "
                                      "meets the trust target of 90%.", [
            ("MD4.1", "Send monthly compliance reports to each Clinical Lead, with non-compliant doctors flagged for "
                      "discussion at job planning and appraisal.",
             "Deputy Medical Director (Workforce)", ["Deputy Medical Director (Workforce)"], D(2024, 4, 30), None,
             "Compliance 78% (January 77%). Escalated to Executive Management Committee.", "R", "2024-04", None, "red"),
        ]),
    ]
    should = [
        ("SD1", UEC, "The trust should ensure that patients’ pain is assessed and reassessed in the emergency "
                     "department, and that this is recorded.",
         "Relaunch the ED pain assessment tool and include pain scores in the hourly intentional rounding chart.",
         "ED Matron", ["ED Matron"], D(2023, 11, 30), "B", "Relaunched November 2023.", "2023-11", None, "blue"),
        ("SD2", UEC, "The trust should continue to work with system partners to reduce handover delays for patients "
                     "arriving by ambulance.",
         "Continue the Hull Royal Infirmary ambulance handover improvement work with YAS, including the 45-minute "
         "rapid release protocol.",
         "Chief Operating Officer", ["Chief Operating Officer"], "Ongoing", "G",
         "Average handover 38 minutes in February.", None, "Ongoing", "green"),
        ("SD3", MED, "The trust should ensure that discharge summaries are sent to GPs within 24 hours.",
         "Build a daily ‘unsent discharge summary’ report and assign it to ward clerks for chasing.",
         "Health Group Director of Operations (Medicine)", ["Health Group Director of Operations (Medicine)"],
         D(2024, 3, 31), "A", "Report built; ward clerk process not yet in place on 4 wards.", "2024-03", None,
         "amber"),
        ("SD4", MED, "The trust should ensure that staff receive an annual appraisal.",
         "Add appraisal compliance to the ward accreditation scheme and review it monthly at the Nursing and "
         "Midwifery Board.",
         "Associate Chief Nurse (Medicine)", ["Associate Chief Nurse (Medicine)"], D(2024, 5, 31), "G",
         "Included from January 2024 accreditation round.", "2024-05", None, "green"),
        ("SD5", MED, "The trust should ensure that dementia-friendly signage is in place on all elderly care wards.",
         "Replace signage on wards 8, 9 and 70 in line with the King’s Fund dementia-friendly environment assessment.",
         "Estates Projects Manager & Dementia Lead", ["Estates Projects Manager", "Dementia Lead"],
         D(2024, 9, 30), "Not started", "Awaiting capital approval.", "2024-09", None, "unrated"),
    ]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "CQC inspection of Urgent and Emergency Care and Medical Care – report published 28 June 2023"
    sm["A3"] = "Position as at 29 February 2024 – for Quality Committee"
    put(sm, 5, 1, "BRAG key", bold=True, border=False)
    for i, (k, v) in enumerate([("B", "Complete and evidence assured by the Quality Governance team"),
                                ("G", "On track"), ("A", "At risk of delay"), ("R", "Overdue / off track")], start=6):
        put(sm, i, 1, k, bold=True, fill=FILL[k])
        put(sm, i, 2, v)
    heads = ["Section", "Actions", "B", "G", "A", "R", "Not started"]
    for c, h in enumerate(heads, start=1):
        put(sm, 11, c, h, bold=True, fill=FILL["navy"], white=True)
    mrag = [a[7] for m in must for a in m[4]]
    srag = [s[7] for s in should]
    for r, (lab, rg) in enumerate([("Must Do", mrag), ("Should Do", srag)], start=12):
        put(sm, r, 1, lab)
        put(sm, r, 2, len(rg))
        for c, k in enumerate(["B", "G", "A", "R", "Not started"], start=3):
            put(sm, r, c, rg.count(k))
    put(sm, 14, 1, "Total", bold=True)
    put(sm, 14, 2, len(mrag) + len(srag), bold=True)
    for c, k in enumerate(["B", "G", "A", "R", "Not started"], start=3):
        put(sm, 14, c, mrag.count(k) + srag.count(k), bold=True)
    sm.column_dimensions["A"].width = 14
    sm.column_dimensions["B"].width = 16

    actions = []
    ws = wb.create_sheet("Must Do")
    heads = ["Ref", "Core service", "Regulation", "Must Do (as in CQC report)", "Action", "Lead", "Due date",
             "Revised due date", "Progress / evidence", "BRAG"]
    for c, h in enumerate(heads, start=1):
        put(ws, 1, c, h, bold=True, fill=FILL["navy"], white=True)
    for i, w in enumerate([8, 18, 13, 40, 50, 30, 11, 11, 45, 7]):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    r = 2
    for mref, core, reg, text, rows in must:
        first = r
        for aref, atext, leadcell, leads, due, rev, prog, brag, end, end_text, status in rows:
            put(ws, r, 1, aref)
            put(ws, r, 2, core if r == first else None)
            put(ws, r, 3, reg if r == first else None)
            put(ws, r, 4, text if r == first else None)
            put(ws, r, 5, atext)
            put(ws, r, 6, leadcell)
            put(ws, r, 7, due, fmt=DF if isinstance(due, dt.datetime) else None)
            put(ws, r, 8, rev, fmt=DF if rev else None)
            put(ws, r, 9, prog)
            put(ws, r, 10, brag, bold=True, fill=FILL[brag])
            actions.append(act(aref, [core, text], atext, leads, end, status, end_text))
            r += 1
        if r - 1 > first:
            for col in (2, 3, 4):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    ws.freeze_panes = "A2"

    ws = wb.create_sheet("Should Do")
    heads = ["Ref", "Core service", "Should Do (as in CQC report)", "Action", "Lead", "Due date", "BRAG", "Comments"]
    for c, h in enumerate(heads, start=1):
        put(ws, 1, c, h, bold=True, fill=FILL["navy"], white=True)
    for i, w in enumerate([7, 18, 45, 50, 30, 11, 11, 40]):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    r = 2
    for sref, core, text, atext, leadcell, leads, due, brag, comm, end, end_text, status in should:
        put(ws, r, 1, sref)
        put(ws, r, 2, core)
        put(ws, r, 3, text)
        put(ws, r, 4, atext)
        put(ws, r, 5, leadcell)
        put(ws, r, 6, due, fmt=DF if isinstance(due, dt.datetime) else None)
        put(ws, r, 7, brag, bold=True, fill=FILL.get(brag))
        put(ws, r, 8, comm)
        actions.append(act(sref, [core, text], atext, leads, end, status, end_text))
        r += 1
    ws.freeze_panes = "A2"
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates an NHS acute trust's CQC must-do / should-do action plan reported to its Quality Committee, "
                  "2023–24 (Hull University Teaching Hospitals NHS Trust as the body; content invented). Copied "
                  "features: a summary sheet with title lines, a BRAG key and a totals table; separate Must Do and "
                  "Should Do sheets; core service, regulation and the CQC must-do text merged down over numbered "
                  "actions; due and revised due dates; bullet list inside an action cell; several posts as leads; "
                  "BRAG letters on fill colour; a 'Not started' status.",
        "reads": "Four must-dos across two core services with seven actions (MD1.1–MD4.1), then five should-dos with "
                 "one action each (SD1–SD5). Each action has a lead, due date (revised where slipped), progress and a "
                 "BRAG rating; the summary sheet's key and counts are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# =====================================================================
# 5. GP practice (csv, refuse): The Ridge Medical Practice
# =====================================================================
def csvq(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_ridge():
    name = "en1-the-ridge-medical-practice-cqc-inspection-action-plan-typo-month-refuse.csv"
    title = "The Ridge Medical Practice - CQC Inspection Action Plan"
    lines = [
        [title],
        ["Inspection 7 November 2023 (report published 12 January 2024). Overall rating: Requires improvement"],
        ["Prepared by the Practice Manager for the partners' meeting, 6 February 2024"],
        [],
        ["Key question", "Regulation / CQC finding", "Action", "Responsible", "Target date", "Status", "Update"],
        ["Safe", "Reg 12 Safe care and treatment: Patients on high-risk medicines (methotrexate, lithium) did not "
                 "always have the required monitoring before prescribing.",
         "Run a weekly EMIS search for patients on high-risk medicines with overdue monitoring and recall them.",
         "Clinical Pharmacist", "31/01/2024", "Complete", "Search running since 8 Jan; 42 patients recalled"],
        ["", "", "Add a prescribing alert to the repeat template so that repeats cannot be issued when monitoring is "
                 "overdue.", "Dr A. Rahman / Clinical Pharmacist", "29/02/2024", "In progress", "Templates being updated"],
        ["", "Reg 12: Not all clinical staff had up-to-date training in sepsis recognition.",
         "All clinicians and reception staff to complete sepsis e-learning; reception given red-flag prompt card.",
         "Practice Manager", "Febuary 2024", "In progress", "71% complete"],
        ["Effective", "Reg 17 Good governance: Patient safety alerts (MHRA) were not always acted on and recorded.",
         "Set up an alerts log on the shared drive with a named clinician to action each alert within 5 working days.",
         "Dr S. Iqbal", "31/03/2024", "Not started", ""],
        ["", "", "Review all MHRA alerts from the last 12 months and complete searches for any outstanding.",
         "Dr S. Iqbal & Clinical Pharmacist", "31/03/2024", "Not started", ""],
        ["Responsive", "Patients told us it was difficult to get through on the telephone.",
         "Move to a cloud-based telephone system with call-back and queue position.",
         "Practice Manager", "April 2024", "In progress", "Contract signed 25/01/2024"],
        ["Well-led", "Reg 17: Not all staff had received an appraisal in the last 12 months.",
         "Complete outstanding appraisals for nursing and admin staff.", "Nurse Lead; Office Manager",
         "30/04/2024", "In progress", "9 of 15 done"],
        [],
        ["Action plan to be reviewed monthly at the partners' meeting and shared with the CQC inspector."],
    ]
    text = "\r\n".join(",".join(csvq(v) for v in row) for row in lines) + "\r\n"
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    refuse_line = next(i for i, row in enumerate(lines, start=1) if "Febuary 2024" in row)
    write_expected(name, {
        "source": "Imitates a GP practice's CQC inspection action plan exported to CSV from the practice manager's "
                  "spreadsheet, 2024 (The Ridge Medical Practice, Bradford, as the body; content invented). Copied "
                  "features: title and inspection lines above the header, key question and CQC finding given only on "
                  "the first row of each group (continuation rows blank), regulation references in the finding, a "
                  "GP by name and posts as leads, status words and a closing note line.",
        "reads": "A GP practice's action plan of seven actions grouped by CQC key question and finding. The target "
                 "date of the sepsis training action reads 'Febuary 2024', a mistyped month, so a careful reader "
                 "would stop and ask what was meant before taking the dates.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": title,
    })
    return name, refuse_line


# =====================================================================
# 6. Mental health trust (txt, tab-separated): GMMH Edenfield warning notice
# =====================================================================
def make_gmmh():
    name = "en1-gmmh-edenfield-centre-cqc-warning-notice-improvement-plan.txt"
    title = ("Greater Manchester Mental Health NHS Foundation Trust – Edenfield Centre Section 29A Warning Notice "
             "Improvement Plan")
    T1 = "Theme 1: Safe staffing and skill mix"
    T2 = "Theme 2: Observation and engagement"
    T3 = "Theme 3: Restrictive practice"
    T4 = "Theme 4: Governance and oversight"
    Q11 = ("The trust must ensure that there are sufficient numbers of suitably qualified, competent and experienced "
           "staff deployed on each ward at all times.")
    Q12 = ("The trust must ensure that staff receive the training they need to carry out their roles, including "
           "safeguarding and the prevention and management of violence and aggression (PMVA).")
    Q21 = ("The trust must ensure that patients on enhanced observations are observed in line with their care plans "
           "and the trust observation policy.")
    Q31 = ("The trust must ensure that seclusion and long-term segregation are used only when necessary and are "
           "reviewed as required by the Mental Health Act Code of Practice.")
    Q41 = ("The trust must ensure that its governance systems identify and act on risks to patients’ safety and "
           "wellbeing at the Edenfield Centre.")
    # theme, req, [(ref, action, leadcell, leads, due, end, end_text, prev, cur, status, progress)]
    plan = [
        (T1, Q11, [
            ("1.1", "Daily safer staffing huddle for the Edenfield Centre chaired by the Matron on duty, with "
                    "redeployment decisions logged on SafeCare.",
             "Associate Director of Nursing (Specialist Services)",
             ["Associate Director of Nursing (Specialist Services)"], "31/10/2023", "2023-10", None, "G", "B",
             "blue", "Huddle embedded since October; audited monthly."),
            ("1.2", "Reduce agency use on the low and medium secure wards by converting regular agency staff to bank "
                    "and substantive posts.",
             "Head of Nursing (Forensic Services); Head of Workforce",
             ["Head of Nursing (Forensic Services)", "Head of Workforce"], "Q2 2024/25", "2024-09", None, "A", "A",
             "amber", "Agency fill down from 31% to 22% of shifts."),
        ]),
        (T1, Q12, [
            ("1.3", "Deliver additional PMVA training courses each month until compliance reaches 90% on all wards.",
             "Head of Education and Training", ["Head of Education and Training"], "30/06/2024", "2024-06", None,
             "A", "G", "green", "Compliance 84% (March), up from 63%."),
        ]),
        (T2, Q21, [
            ("2.1", "Replace paper observation records with the electronic observation module, with alerts when an "
                    "observation is missed.",
             "Chief Clinical Information Officer", ["Chief Clinical Information Officer"],
             "31/03/2024 (revised 31/07/2024)", "2024-07", None, "R", "A", "amber",
             "Hardware delivered; roll-out revised to July after supplier delay."),
            ("2.2", "Matrons to carry out unannounced night-time observation audits twice a week and feed back findings "
                    "to ward teams within 24 hours.",
             "Matrons (Edenfield Centre)", ["Matrons (Edenfield Centre)"], "Ongoing", None, "Ongoing", "G", "G",
             "green", "Audits completed every week since November."),
        ]),
        (T3, Q31, [
            ("3.1", "Review every current episode of long-term segregation through a multidisciplinary panel that "
                    "includes an independent clinician.",
             "Clinical Director (Forensic Services)", ["Clinical Director (Forensic Services)"], "29/02/2024",
             "2024-02", None, "G", "B", "blue", "All 6 episodes reviewed; 2 ended."),
            ("3.2", "Introduce a weekly restrictive practice dashboard (seclusion, LTS, restraint, rapid "
                    "tranquillisation) for ward managers and the Reducing Restrictive Practice Group.",
             "Head of Quality Improvement / Reducing Restrictive Practice Lead",
             ["Head of Quality Improvement", "Reducing Restrictive Practice Lead"], "May 2024", "2024-05", None,
             "A", "G", "green", "Dashboard in test."),
        ]),
        (T4, Q41, [
            ("4.1", "Commission an independent review of the closed culture concerns at the Edenfield Centre and "
                    "report its findings to the Board of Directors.",
             "Chief Executive", ["Chief Executive"], "30/09/2023", "2023-09", None, "B", "B", "blue",
             "Review reported to Board September 2023."),
            ("4.2", "Establish a Freedom to Speak Up service on site, with a Guardian or Champion available to staff "
                    "on all shifts, including nights.",
             "Director of People and OD; Freedom to Speak Up Guardian",
             ["Director of People and OD", "Freedom to Speak Up Guardian"], "Jun-24", "2024-06", None, "G", "G",
             "green", "8 champions trained; night drop-ins started."),
        ]),
    ]
    out = [
        title,
        "Report to: Quality and Safety Committee, 9 April 2024",
        "Executive sponsor: Chief Nurse",
        "",
        "\t".join(["Ref", "Warning notice requirement", "Action", "Lead", "Due date", "Previous RAG", "Current RAG",
                   "Progress this period"]),
    ]
    actions = []
    last_theme = None
    for theme, req, rows in plan:
        if theme != last_theme:
            out.append(theme)
            last_theme = theme
        for i, (ref, text, leadcell, leads, due, end, end_text, prev, cur, status, prog) in enumerate(rows):
            out.append("\t".join([ref, req if i == 0 else "", text, leadcell, due, prev, cur, prog]))
            actions.append(act(ref, [theme, req], text, leads, end, status, end_text))
    out += [
        "",
        "RAG: B = complete and embedded; G = on track; A = risk to delivery, mitigation in place; R = off track.",
        "Source: Trust CQC action tracker, exported 2 April 2024.",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out) + "\n")

    write_expected(name, {
        "source": "Imitates a mental health trust's improvement plan against a CQC Section 29A warning notice, exported "
                  "as tab-separated text for a board committee, 2023–24 (Greater Manchester Mental Health NHS FT, "
                  "Edenfield Centre, as the body; content invented). Copied features: title and report-to lines, theme "
                  "lines between the rows, the warning-notice requirement given only on the first of its actions, "
                  "previous and current RAG letters, a revised date in the same cell as the original, financial "
                  "quarter and 'Ongoing' due dates, several posts as leads, and a RAG key and source line at the end.",
        "reads": "Four themes, each with one or two warning-notice requirements and numbered actions (nine in all) "
                 "with lead, due date, previous and current RAG and progress. The current RAG is the status (B = "
                 "complete); where a revised date is given it is the due month.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# =====================================================================
# 7. National body (docx): DVSA internal audit recommendations action plan
# =====================================================================
def make_dvsa():
    name = "en1-dvsa-arac-internal-audit-recommendations-action-plan.docx"
    title = "DVSA Internal Audit Recommendations – Management Action Plan"
    status_read = {"Implemented": "blue", "On track": "green", "At risk": "amber", "Overdue": "red"}
    status_fill = {"Implemented": FILL["B"], "On track": FILL["G"], "At risk": FILL["A"], "Overdue": FILL["R"]}
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("OFFICIAL")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading(title, level=0)
    t = doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Meeting", "Audit and Risk Assurance Committee, 16 October 2024"),
        ("Paper reference", "ARAC 24/36"),
        ("Sponsor", "Chief Finance Officer"),
        ("Author", "Head of Risk and Assurance"),
        ("Purpose", "To note progress against management actions agreed in response to Government Internal Audit "
                    "Agency (GIAA) reports issued in 2023–24 and 2024–25."),
        ("Recommendation", "The Committee is asked to note the position and the revised dates."),
    ]):
        set_cell(t.rows[i].cells[0], k, bold=True, fill=FILL["pale"])
        set_cell(t.rows[i].cells[1], v)

    A1 = "1. Driving test booking service – change management (GIAA, Limited assurance, final report May 2024)"
    A2 = ("2. Vehicle operator licensing – enforcement case management (GIAA, Moderate assurance, final report "
          "March 2024)")
    A3 = "3. Fraud risk management (GIAA, Moderate assurance, final report July 2024)"
    audits = [
        (A1, [
            ("Recommendation 1 (Priority: High) – All changes to the booking service should be approved by the Change "
             "Advisory Board before release, with emergency changes reviewed retrospectively within five working days.", [
                ("1.1", "Update the change management procedure to require CAB approval for all production changes, "
                        "including supplier-delivered releases.",
                 "Head of Digital Operations", ["Head of Digital Operations"], "31/07/2024", "", "2024-07",
                 "Implemented"),
                ("1.2", "Introduce a weekly retrospective review of emergency changes by the Change Manager, reported "
                        "monthly to the Digital Services Board.",
                 "Change Manager", ["Change Manager"], "31/08/2024", "30/11/2024", "2024-11", "On track"),
            ]),
            ("Recommendation 2 (Priority: Medium) – Access to the booking service’s production environment should be "
             "reviewed quarterly and leavers’ access removed promptly.", [
                ("2.1", "Carry out a full user access review of the production environment and remove accounts no "
                        "longer required.",
                 "Head of Cyber Security", ["Head of Cyber Security"], "30/06/2024", "", "2024-06", "Implemented"),
                ("2.2", "Automate leaver notifications from the HR system to the identity and access management team.",
                 "Head of Cyber Security / HR Operations Manager", ["Head of Cyber Security", "HR Operations Manager"],
                 "30/09/2024", "31/03/2025", "2025-03", "At risk"),
            ]),
        ]),
        (A2, [
            ("Recommendation 1 (Priority: Medium) – Case management guidance should set clear timescales for each "
             "stage of an enforcement investigation.", [
                ("1.1", "Publish revised enforcement case management guidance with stage timescales and supervisor "
                        "sign-off points.",
                 "Head of Enforcement Policy", ["Head of Enforcement Policy"], "31/05/2024", "31/07/2024", "2024-07",
                 "Implemented"),
            ]),
            ("Recommendation 2 (Priority: Low) – Management information on open cases should be reported to the "
             "Enforcement Board monthly.", [
                ("2.1", "Produce a monthly open-case ageing report from the case management system for the Enforcement "
                        "Board.",
                 "Enforcement Performance Manager", ["Enforcement Performance Manager"], "30/04/2024", "", "2024-04",
                 "Overdue"),
            ]),
        ]),
        (A3, [
            ("Recommendation 1 (Priority: High) – The Agency should refresh its fraud risk assessment and align it "
             "with the Government Counter Fraud Functional Standard (GovS 013).", [
                ("1.1", "Complete a fraud risk assessment for each directorate using the Public Sector Fraud "
                        "Authority’s methodology.\nPresent the consolidated assessment to ARAC.",
                 "Head of Counter Fraud and Investigations", ["Head of Counter Fraud and Investigations"],
                 "31/12/2024", "", "2024-12", "On track"),
                ("1.2", "Deliver fraud awareness e-learning to all staff, with completion reported to the Executive "
                        "Board.",
                 "Head of Counter Fraud and Investigations; Head of Learning and Development",
                 ["Head of Counter Fraud and Investigations", "Head of Learning and Development"],
                 "31/03/2025", "", "2025-03", "On track"),
            ]),
            ("Recommendation 2 (Priority: Medium) – Fraud and error losses should be recorded consistently and "
             "reported to the Department for Transport quarterly.", [
                ("2.1", "Set up a single fraud and error loss register and submit quarterly returns to DfT.",
                 "Financial Controller", ["Financial Controller"], "Q3 2024/25", "", "2024-12", "At risk"),
            ]),
        ]),
    ]

    doc.add_heading("Summary", level=1)
    doc.add_paragraph("Nine management actions are being tracked from three GIAA reports. Three have been implemented; "
                      "one is overdue.")
    st = doc.add_table(rows=5, cols=6)
    st.style = "Table Grid"
    header_row(st, ["Audit", "Assurance", "Actions", "Implemented", "Open", "Overdue"])
    totals = [0, 0, 0, 0]
    for i, (head, recs) in enumerate(audits, start=1):
        sts = [a[-1] for _, rows in recs for a in rows]
        vals = [len(sts), sts.count("Implemented"), len(sts) - sts.count("Implemented"), sts.count("Overdue")]
        assurance = head.split("GIAA, ")[1].split(",")[0]
        row = [head.split(" (")[0], assurance] + [str(v) for v in vals]
        for c, v in enumerate(row):
            set_cell(st.rows[i].cells[c], v)
        totals = [a + b for a, b in zip(totals, vals)]
    for c, v in enumerate(["Total", ""] + [str(v) for v in totals]):
        set_cell(st.rows[4].cells[c], v, bold=True)

    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Implemented – action complete and evidence accepted by GIAA (blue); On track (green); "
              "At risk – date may be missed (amber); Overdue – past the agreed date (red).")

    doc.add_heading("Detailed action plan", level=1)
    actions = []
    for head, recs in audits:
        doc.add_heading(head, level=2)
        nrows = 1 + sum(1 + len(rows) for _, rows in recs)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Agreed management action", "Action owner", "Original date", "Revised date", "Status"])
        ri = 1
        for rec, rows in recs:
            cells = t.rows[ri].cells
            m = cells[0].merge(cells[5])
            set_cell(m, rec, bold=True, fill=FILL["grey"])
            ri += 1
            for ref, text, leadcell, leads, orig, rev, end, status in rows:
                cells = t.rows[ri].cells
                set_cell(cells[0], ref)
                set_cell(cells[1], text)
                set_cell(cells[2], leadcell)
                set_cell(cells[3], orig)
                set_cell(cells[4], rev)
                set_cell(cells[5], status, fill=status_fill[status])
                actions.append(act(ref, [head, rec], text, leads, end, status_read[status]))
                ri += 1
        doc.add_paragraph("")
    doc.add_paragraph("Actions marked Implemented will be removed from the next report once GIAA has confirmed "
                      "closure in its follow-up review.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a government executive agency's Audit and Risk Assurance Committee paper tracking "
                  "management actions on Government Internal Audit Agency reports, 2024 (Driver and Vehicle Standards "
                  "Agency as the body; content invented). Copied features: OFFICIAL marking, a cover table (meeting, "
                  "paper reference, sponsor, author, purpose), a summary table with totals, a status key, one Word "
                  "section per audit report with the recommendation in a merged grey row above its agreed actions, "
                  "original and revised dates, fill-coloured status words, and refs that restart in each audit.",
        "reads": "Three audit reports, each a heading and a table in which each recommendation (with priority) is a "
                 "merged row followed by its numbered management actions, nine in all, with owner, original and "
                 "revised dates and status. Implemented means complete; where a revised date is given it is the end. "
                 "The cover and summary tables are not the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


if __name__ == "__main__":
    for f in (make_mayfield, make_tameside, make_lifetime, make_huth, make_ridge, make_gmmh, make_dvsa):
        print(f())
